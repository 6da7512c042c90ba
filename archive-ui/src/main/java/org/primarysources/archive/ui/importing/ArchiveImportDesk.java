package org.primarysources.archive.ui.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.Imports;

/** {@link ImportDesk} answered by core's {@link Imports}. */
@ApplicationScoped
class ArchiveImportDesk implements ImportDesk {

    private final Imports imports;

    @Inject
    ArchiveImportDesk(Imports imports) {
        this.imports = imports;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveImportDesk() {
        this(null);
    }

    @Override
    public ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor) {
        return imports.importArticle(file, fileName, title, language, actor);
    }

    @Override
    public int submit(long importId, Actor actor) {
        return imports.submit(importId, actor);
    }
}
