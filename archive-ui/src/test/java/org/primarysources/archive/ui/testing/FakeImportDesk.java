package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.ImportJobStatus;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.OriginalFile;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.ui.importing.ImportDesk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Imports that remember what they were given; the same file twice is a conflict, as in the archive. A background
 * import (job 21) moves only when the test says so: {@link #progress}, {@link #finish}, {@link #stop}.
 */
public final class FakeImportDesk implements ImportDesk {

    public static final long JOB = 21;
    public static final byte[] ORIGINAL = "kind,text,source\n".getBytes(StandardCharsets.UTF_8);

    private final List<String> calls = new ArrayList<>();
    private final List<String> imported = new ArrayList<>();
    private ImportJobStatus job;

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor) {
        calls.add("import " + fileName + " titled " + title + " in " + language + " by " + actor.name());
        String content = new String(file, java.nio.charset.StandardCharsets.UTF_8);
        if (imported.contains(content)) {
            throw new ConflictException("this file was already imported as import 7 (source 3); nothing was changed");
        }
        imported.add(content);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clauses", 2);
        counts.put("quotes", 1);
        counts.put("entities", 2);
        return new ImportResult(7, new SourceRef(3, title == null ? "Treaty of Example" : title), 1,
                List.of(10L, 11L, 12L, 13L, 14L, 15L), counts, 3, 12);
    }

    @Override
    public ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        calls.add("import csv " + fileName + " of " + csv.rows() + " rows in " + language + " by " + actor.name());
        return new ImportResult(8, null, 0, LongStream.rangeClosed(1, csv.rows()).boxed().toList(), Map.of(), 0, 5);
    }

    @Override
    public ImportJobStatus startCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        calls.add("start csv " + fileName + " of " + csv.rows() + " rows by " + actor.name());
        job = new ImportJobStatus(JOB, ImportJobStatus.RUNNING, fileName, actor.name(), 0, csv.rows(), false, null,
                List.of(), Instant.EPOCH, Instant.EPOCH);
        return job;
    }

    @Override
    public ImportJobStatus job(long jobId) {
        return job;
    }

    @Override
    public ImportJobStatus cancel(long jobId, Actor actor) {
        calls.add("cancel " + jobId + " by " + actor.name());
        job = with(job.state(), job.rowsDone(), true, null, List.of());
        return job;
    }

    /** The background import drafted this many rows. */
    public void progress(int rows) {
        job = with(ImportJobStatus.RUNNING, rows, job.cancelRequested(), null, List.of());
    }

    /** The background import committed as import {@code importId}. */
    public void finish(long importId) {
        job = with(ImportJobStatus.DONE, job.rowsTotal(), false, importId, List.of());
    }

    /** The background import stopped, cancelled (no problem) or failed with a problem. */
    public void stop(ImportJobStatus.RowProblem problem) {
        job = with(problem == null ? ImportJobStatus.CANCELLED : ImportJobStatus.FAILED, job.rowsDone(),
                job.cancelRequested(), null, problem == null ? List.of() : List.of(problem));
    }

    private ImportJobStatus with(String state, int rows, boolean cancelRequested, Long importId,
                                 List<ImportJobStatus.RowProblem> errors) {
        return new ImportJobStatus(job.id(), state, job.fileName(), job.archivist(), rows, job.rowsTotal(),
                cancelRequested, importId, errors, job.createdAt(), Instant.EPOCH);
    }

    @Override
    public int submit(long importId, Actor actor) {
        calls.add("submit " + importId + " by " + actor.name());
        return 6;
    }

    @Override
    public OriginalFile original(long importId) {
        calls.add("original " + importId);
        return new OriginalFile(importId, ORIGINAL, "text/csv", "records.csv", "0".repeat(64));
    }
}
