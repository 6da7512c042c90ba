package org.primarysources.archive.ui.importing;

import org.primarysources.archive.core.importing.CsvFile;

import java.util.Locale;

/** An uploaded CSV file of records, read exactly as the import will read it, while nothing is written yet. */
record CsvUpload(String fileName, byte[] bytes) {

    /** Whether an upload is a CSV file: by its media type, else by its name. */
    static boolean isCsv(String fileName, String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/csv")
                || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Every row checked; refuses the file at its first bad row, naming line and column. */
    CsvFile read() {
        return CsvFile.read(bytes);
    }
}
