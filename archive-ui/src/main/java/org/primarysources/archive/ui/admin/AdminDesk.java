package org.primarysources.archive.ui.admin;

import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.CreateAccount;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.outbox.ReindexStatus;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the administration page asks of the archive: accounts and their roles, rebuilding the search index, and
 * how the archive is doing. Everything that reads accounts or changes something is refused with a
 * {@link ForbiddenException} unless the actor is an administrator.
 */
public interface AdminDesk {

    /** Every account, by user name. */
    List<AccountSummary> accounts(Actor actor);

    /**
     * Opens an account.
     *
     * @throws InvalidInputException naming the field ({@code username}, {@code password}, {@code roles})
     * @throws ConflictException when the user name is taken
     */
    AccountSummary open(CreateAccount command, Actor actor);

    /**
     * Gives an account exactly these roles.
     *
     * @throws ConflictException when it would take the role from the last administrator
     */
    AccountSummary changeRoles(String username, Set<Role> roles, Actor actor);

    /**
     * Starts rebuilding the search index from the database.
     *
     * @throws ConflictException when a rebuild is already running
     */
    ReindexStatus reindex(Actor actor);

    /** How the last (or running) rebuild stands. */
    ReindexStatus reindexStatus();

    /**
     * Each readiness check as {@code /health/ready} reports it (database, search, search outbox), and the published
     * work not yet in the search index.
     */
    ArchiveHealth health();

    /** The transparency log's latest signed checkpoint, if one was signed yet. */
    Optional<StoredCheckpoint> latestCheckpoint();

    /**
     * Runs the audit ({@code /api/verify}): every hash chain, the transparency log and its checkpoints, every cited
     * text.
     */
    AuditReport audit(Actor actor);

    /**
     * Writes the whole archive to {@code out} as a zipped BagIt bag (what {@code ./archive export --bag} writes):
     * every version with its hashes, the import originals, PROV-O and the transparency log.
     *
     * @throws ForbiddenException unless the actor is an administrator
     */
    void writeBag(OutputStream out, Actor actor) throws IOException;
}
