package org.primarysources.archive.core.importing;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.error.Refusals;
import org.primarysources.archive.core.history.HashChain;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CSV imports of more than {@value #BACKGROUND_FROM} rows run in the background, on the container's managed
 * executor: the request answers at once with the job, whose status ({@code import_job}) every instance can read
 * and cancel. The import itself is one transaction; a bad row, a cancellation or a failure leaves nothing written.
 */
@ApplicationScoped
public class ImportJobs {

    /** Files with more rows than this are imported in the background. */
    public static final int BACKGROUND_FROM = 1_000;
    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    private final ImportJobTable table;
    private final CsvImports csvImports;
    private final ManagedExecutorService executor;

    @Inject
    public ImportJobs(ImportJobTable table, CsvImports csvImports, ManagedExecutorService executor) {
        this.table = table;
        this.csvImports = csvImports;
        this.executor = executor;
    }

    /** Only for the CDI client proxy. */
    protected ImportJobs() {
        this(null, null, null);
    }

    /** Whether a file of this many rows is imported in the background. */
    public static boolean inBackground(CsvFile csv) {
        return csv.rows() > BACKGROUND_FROM;
    }

    /** Queues the import of an already read file; refuses at once what would be refused anyway (403, 409). */
    public ImportJobStatus start(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        csvImports.requireNew(file, actor);
        long id = table.create(fileName, CsvImports.MEDIA_TYPE, HashChain.sha256(file), actor.name(), csv.rows());
        try {
            executor.execute(() -> run(id, file, csv, fileName, language, actor));
        } catch (RuntimeException e) {
            table.failed(id, null, null, "the server could not start the import: " + e.getMessage());
            throw e;
        }
        return status(id);
    }

    public ImportJobStatus status(long id) {
        return table.find(id).orElseThrow(() -> new NotFoundException("there is no import job " + id));
    }

    /** Asks the job to stop; it rolls back what it drafted. A finished job is not cancelled (409 when DONE). */
    public ImportJobStatus cancel(long id, Actor actor) {
        Imports.requireImporter(actor);
        ImportJobStatus status = status(id);
        if (!table.requestCancel(id)) {
            status = status(id);
            if (ImportJobStatus.DONE.equals(status.state())) {
                throw new ConflictException("import job " + id + " is done already: it made import "
                        + status.importId() + "; nothing was cancelled");
            }
        }
        return status(status.id());
    }

    /** The job's whole life on the executor's thread; every outcome ends in the table. */
    void run(long id, byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        try {
            if (!table.start(id)) {
                table.cancelled(id);
                return;
            }
            csvImports.importCsv(file, csv, fileName, language, actor, id, rows -> {
                if (table.drafted(id, rows)) {
                    throw new ImportCancelled(id);
                }
            });
        } catch (RuntimeException e) {
            ended(id, e);
        }
    }

    private void ended(long id, RuntimeException e) {
        if (cancellation(e)) {
            table.cancelled(id);
            return;
        }
        Optional<DomainException> refusal = Refusals.of(e);
        try {
            if (refusal.isPresent() && refusal.get() instanceof InvalidInputException invalid) {
                table.failed(id, invalid.line(), invalid.field(), invalid.getMessage());
            } else if (refusal.isPresent()) {
                table.failed(id, null, null, refusal.get().getMessage());
            } else if (DatabaseOutage.caused(e)) {
                LOG.warning(() -> "import job " + id + " stopped: the database became unavailable");
                table.failed(id, null, null, "the database became unavailable; nothing was written, try again");
            } else {
                LOG.log(Level.WARNING, "import job " + id + " failed", e);
                table.failed(id, null, null, "the import failed unexpectedly; nothing was written");
            }
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "import job " + id + " failed and its failure could not be recorded", notRecorded);
        }
    }

    private static boolean cancellation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportCancelled) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
