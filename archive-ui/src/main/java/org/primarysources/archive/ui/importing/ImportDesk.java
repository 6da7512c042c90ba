package org.primarysources.archive.ui.importing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.ImportJobStatus;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.OriginalFile;

/**
 * What the import page asks of the archive: turning an article or a CSV file into drafts (a large CSV file in the
 * background, with its progress), submitting them for review, and the original file of an import.
 */
public interface ImportDesk {

    /** Creates the source and record drafts of an article, all in one step; the same file twice is a conflict. */
    ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor);

    /** Creates a draft per row of a CSV file at once (a file of up to 1,000 rows). */
    ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor);

    /** Starts the import of a large CSV file in the background. */
    ImportJobStatus startCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor);

    /** How far a background import is. */
    ImportJobStatus job(long jobId);

    /** Asks a background import to stop; it writes nothing. */
    ImportJobStatus cancel(long jobId, Actor actor);

    /** Submits every draft of the import for review; returns how many moved. */
    int submit(long importId, Actor actor);

    /** The file an import read, byte for byte. */
    OriginalFile original(long importId);
}
