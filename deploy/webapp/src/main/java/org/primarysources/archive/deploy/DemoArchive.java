package org.primarysources.archive.deploy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.platform.SchemaReady;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo archive: on the first start of an empty archive with demo accounts, imports the seed article as
 * {@code archivist}, submits it and approves it as {@code editor} — the same workflow, so it has real provenance.
 */
@ApplicationScoped
class DemoArchive {

    static final String SEED = "/demo/soviet-lithuanian-mutual-assistance-treaty-1939.txt";
    private static final Logger LOG = Logger.getLogger(DemoArchive.class.getName());

    private final Imports imports;
    private final Optional<String> demoPassword;
    private final boolean load;

    /** {@code archive.demo.archive=false} opens the demo accounts only: an empty archive, to take a bag in. */
    @Inject
    DemoArchive(Imports imports, @ConfigProperty(name = "archive.demo.password") Optional<String> demoPassword,
                @ConfigProperty(name = "archive.demo.archive", defaultValue = "true") boolean load) {
        this.imports = imports;
        this.demoPassword = demoPassword;
        this.load = load;
    }

    /** Only for the CDI client proxy. */
    protected DemoArchive() {
        this(null, null, false);
    }

    void loadOnFirstStart(@Observes @Priority(300) SchemaReady ready) {
        if (!load || demoPassword.isEmpty() || demoPassword.get().isBlank() || imports.count() > 0) {
            return;
        }
        byte[] seed;
        try (InputStream in = DemoArchive.class.getResourceAsStream(SEED)) {
            seed = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the demo fixture " + SEED + " is missing from the WAR", e);
        }
        Actor archivist = new Actor("archivist", Set.of(Role.ARCHIVIST));
        Actor editor = new Actor("editor", Set.of(Role.EDITOR));
        ImportResult result = imports.importArticle(seed, SEED.substring(SEED.lastIndexOf('/') + 1), null, "en",
                archivist);
        imports.submit(result.id(), archivist);
        int approved = imports.approve(result.id(), editor, "Demo archive: checked against the article.");
        LOG.info(() -> "demo archive loaded: import " + result.id() + ", " + approved + " changes approved");
    }

}
