package org.primarysources.archive.core.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.platform.SchemaReady;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On the first start of an empty archive, opens the demo accounts {@code archivist}, {@code editor},
 * {@code researcher} and {@code admin}, all with the password in {@code archive.demo.password}
 * (environment {@code ARCHIVE_DEMO_PASSWORD}). Without that setting, or once any account exists, it does nothing.
 */
@ApplicationScoped
class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    private final Accounts accounts;
    private final Optional<String> demoPassword;

    @Inject
    DemoAccounts(Accounts accounts, @ConfigProperty(name = "archive.demo.password") Optional<String> demoPassword) {
        this.accounts = accounts;
        this.demoPassword = demoPassword;
    }

    /** Only for the CDI client proxy. */
    protected DemoAccounts() {
        this(null, null);
    }

    void openOnFirstStart(@Observes @Priority(200) SchemaReady ready) {
        if (demoPassword.isEmpty() || demoPassword.get().isBlank() || accounts.count() > 0) {
            return;
        }
        char[] password = demoPassword.get().toCharArray();
        for (Role role : Role.values()) {
            accounts.open(new CreateAccount(role.roleName(), password, Set.of(role)));
        }
        LOG.info("opened the demo accounts archivist, editor, researcher and admin");
    }
}
