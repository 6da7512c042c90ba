package org.primarysources.archive.ui.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Accounts;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.ChangeRoles;
import org.primarysources.archive.core.account.CreateAccount;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.ArchiveAudit;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.exchange.BagExport;
import org.primarysources.archive.core.outbox.Outbox;
import org.primarysources.archive.core.outbox.OutboxBacklog;
import org.primarysources.archive.core.outbox.ReindexStatus;
import org.primarysources.archive.core.outbox.Reindexing;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link AdminDesk} answered by core's {@link Accounts}, {@link Reindexing} and {@link Outbox}, and by the same
 * readiness checks {@code /health/ready} runs.
 */
@ApplicationScoped
class ArchiveAdminDesk implements AdminDesk {

    private static final System.Logger LOG = System.getLogger(ArchiveAdminDesk.class.getName());

    private final Accounts accounts;
    private final Reindexing reindexing;
    private final Outbox outbox;
    private final Instance<HealthCheck> readinessChecks;
    private final Clock clock;

    private final Checkpoints checkpoints;
    private final ArchiveAudit audit;
    private final BagExport bags;

    @Inject
    ArchiveAdminDesk(Accounts accounts, Reindexing reindexing, Outbox outbox,
                     @Any @Readiness Instance<HealthCheck> readinessChecks, Clock clock, Checkpoints checkpoints,
                     ArchiveAudit audit, BagExport bags) {
        this.accounts = accounts;
        this.reindexing = reindexing;
        this.outbox = outbox;
        this.readinessChecks = readinessChecks;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.bags = bags;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveAdminDesk() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    @Override
    public void writeBag(OutputStream out, Actor actor) throws IOException {
        requireAdmin(actor);
        bags.write(null, out);
    }

    @Override
    public AuditReport audit(Actor actor) {
        requireAdmin(actor);
        return audit.run();
    }

    @Override
    public List<AccountSummary> accounts(Actor actor) {
        requireAdmin(actor);
        return accounts.list();
    }

    @Override
    public AccountSummary open(CreateAccount command, Actor actor) {
        // the HTTP API guards this with @RolesAllowed; the page must check as strictly
        requireAdmin(actor);
        return accounts.open(command);
    }

    @Override
    public AccountSummary changeRoles(String username, Set<Role> roles, Actor actor) {
        return accounts.changeRoles(new ChangeRoles(username, roles, actor));
    }

    @Override
    public ReindexStatus reindex(Actor actor) {
        requireAdmin(actor);
        return reindexing.start();
    }

    @Override
    public ReindexStatus reindexStatus() {
        return reindexing.status();
    }

    @Override
    public ArchiveHealth health() {
        List<ReadinessCheck> checks = new ArrayList<>();
        for (HealthCheck check : readinessChecks) {
            checks.add(toCheck(check));
        }
        checks.sort(Comparator.comparing(ReadinessCheck::name));
        return new ArchiveHealth(checks, backlog(), clock.instant());
    }

    /** The outbox's backlog, or null while the database does not answer (the checks then say why). */
    private OutboxBacklog backlog() {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the search outbox could not be read", e);
            return null;
        }
    }

    private static ReadinessCheck toCheck(HealthCheck check) {
        try {
            HealthCheckResponse response = check.call();
            Map<String, String> data = new LinkedHashMap<>();
            response.getData()
                    .ifPresent(values -> values.forEach((key, value) -> data.put(key, String.valueOf(value))));
            return new ReadinessCheck(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP, data);
        } catch (RuntimeException e) {
            return new ReadinessCheck(check.getClass().getSimpleName(), false,
                    Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator manages the archive");
        }
    }
}
