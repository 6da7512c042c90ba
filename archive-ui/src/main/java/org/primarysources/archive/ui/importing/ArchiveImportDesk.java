package org.primarysources.archive.ui.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.CsvImports;
import org.primarysources.archive.core.importing.ImportJobStatus;
import org.primarysources.archive.core.importing.ImportJobs;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.importing.OriginalFile;

/** {@link ImportDesk} answered by core's {@link Imports}, {@link CsvImports} and {@link ImportJobs}. */
@ApplicationScoped
class ArchiveImportDesk implements ImportDesk {

    private final Imports imports;
    private final CsvImports csvImports;
    private final ImportJobs jobs;

    @Inject
    ArchiveImportDesk(Imports imports, CsvImports csvImports, ImportJobs jobs) {
        this.imports = imports;
        this.csvImports = csvImports;
        this.jobs = jobs;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveImportDesk() {
        this(null, null, null);
    }

    @Override
    public ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor) {
        return imports.importArticle(file, fileName, title, language, actor);
    }

    @Override
    public ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        return csvImports.importCsv(file, csv, fileName, language, actor);
    }

    @Override
    public ImportJobStatus startCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        return jobs.start(file, csv, fileName, language, actor);
    }

    @Override
    public ImportJobStatus job(long jobId) {
        return jobs.status(jobId);
    }

    @Override
    public ImportJobStatus cancel(long jobId, Actor actor) {
        return jobs.cancel(jobId, actor);
    }

    @Override
    public int submit(long importId, Actor actor) {
        return imports.submit(importId, actor);
    }

    @Override
    public OriginalFile original(long importId) {
        return imports.original(importId);
    }
}
