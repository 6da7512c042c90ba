package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.CreateAccount;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.audit.Finding;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.outbox.OutboxBacklog;
import org.primarysources.archive.core.outbox.ReindexStatus;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;
import org.primarysources.archive.ui.admin.AdminDesk;
import org.primarysources.archive.ui.admin.ArchiveHealth;
import org.primarysources.archive.ui.admin.ReadinessCheck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Accounts kept in memory under the archive's rules (user names, password length, at least one role, one
 * administrator always), a rebuild of the index whose progress the test moves on, and health as the test sets it.
 * It remembers what it was asked.
 */
public final class FakeAdminDesk implements AdminDesk {

    public static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Map<String, AccountSummary> accounts = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();
    private ReindexStatus reindex = new ReindexStatus("IDLE", 0, 0, null, null, null, null);
    private List<ReadinessCheck> checks = List.of(
            new ReadinessCheck("database", true, Map.of("product", "PostgreSQL")),
            new ReadinessCheck("search", true, Map.of("status", "green", "numberOfNodes", "1")),
            new ReadinessCheck("search-outbox", true, Map.of("waiting", "0", "failing", "0", "oldest", "none")));
    private OutboxBacklog backlog = new OutboxBacklog(0, 0, null, null);
    private List<Finding> findings = List.of();
    private StoredCheckpoint checkpoint;

    /** The demo's accounts: one of each role. */
    public static FakeAdminDesk sample() {
        FakeAdminDesk desk = new FakeAdminDesk();
        for (Role role : Role.values()) {
            desk.accounts.put(role.roleName(), new AccountSummary(role.roleName(), Set.of(role),
                    NOW.minusSeconds(86_400)));
        }
        return desk;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** A rebuild has copied {@code done} of {@code total} records and goes on. */
    public FakeAdminDesk reindexing(long done, long total) {
        reindex = new ReindexStatus("RUNNING", done, total, null, null, NOW, null);
        return this;
    }

    public FakeAdminDesk reindexed(long records, String index) {
        reindex = new ReindexStatus("DONE", records, records, index, null, NOW, NOW.plusSeconds(30));
        return this;
    }

    /** The audit finds these problems from now on; none means intact. */
    public FakeAdminDesk auditFinds(Finding... problems) {
        findings = List.of(problems);
        return this;
    }

    public FakeAdminDesk checkpointed(long size) {
        checkpoint = new StoredCheckpoint(size, new byte[32], "archive.test/log\n" + size + "\n…\n", NOW,
                null);
        return this;
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return Optional.ofNullable(checkpoint);
    }

    /** Writes a stand-in for the bag: the archive's name, so a test can tell it arrived. */
    @Override
    public void writeBag(OutputStream out, Actor actor) throws IOException {
        requireAdmin(actor);
        calls.add("bag for " + actor.name());
        out.write("archive-bag".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AuditReport audit(Actor actor) {
        requireAdmin(actor);
        calls.add("audit by " + actor.name());
        return new AuditReport(1, 12, 9, 13, checkpoint == null ? 0 : 1, findings);
    }

    public FakeAdminDesk health(OutboxBacklog newBacklog, ReadinessCheck... newChecks) {
        backlog = newBacklog;
        checks = List.of(newChecks);
        return this;
    }

    @Override
    public List<AccountSummary> accounts(Actor actor) {
        requireAdmin(actor);
        return List.copyOf(accounts.values());
    }

    @Override
    public AccountSummary open(CreateAccount command, Actor actor) {
        calls.add("open " + command.username() + " " + command.roles() + " by " + actor.name());
        requireAdmin(actor);
        if (!USERNAME.matcher(command.username()).matches()) {
            throw new InvalidInputException("username",
                    "a user name is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (command.password() == null || command.password().length < 12) {
            throw new InvalidInputException("password", "a password has at least 12 characters");
        }
        if (command.roles().isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        if (accounts.containsKey(command.username())) {
            throw new ConflictException("account '" + command.username() + "' already exists");
        }
        AccountSummary opened = new AccountSummary(command.username(), Set.copyOf(command.roles()), NOW);
        accounts.put(opened.username(), opened);
        return opened;
    }

    @Override
    public AccountSummary changeRoles(String username, Set<Role> roles, Actor actor) {
        calls.add("roles of " + username + " " + roles + " by " + actor.name());
        requireAdmin(actor);
        AccountSummary account = accounts.get(username);
        if (account == null) {
            throw new NotFoundException("there is no account '" + username + "'");
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        long admins = accounts.values().stream().filter(a -> a.roles().contains(Role.ADMIN)).count();
        if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && admins <= 1) {
            throw new ConflictException("'" + username + "' is the last administrator; make someone else an "
                    + "administrator first");
        }
        AccountSummary changed = new AccountSummary(username, Set.copyOf(roles), account.createdAt());
        accounts.put(username, changed);
        return changed;
    }

    @Override
    public ReindexStatus reindex(Actor actor) {
        calls.add("reindex by " + actor.name());
        requireAdmin(actor);
        if ("RUNNING".equals(reindex.state())) {
            throw new ConflictException("a reindex is already running");
        }
        reindex = new ReindexStatus("RUNNING", 0, 0, null, null, NOW, null);
        return reindex;
    }

    @Override
    public ReindexStatus reindexStatus() {
        return reindex;
    }

    @Override
    public ArchiveHealth health() {
        calls.add("health");
        return new ArchiveHealth(checks, backlog, NOW);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator manages the archive");
        }
    }
}
