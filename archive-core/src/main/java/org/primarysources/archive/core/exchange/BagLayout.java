package org.primarysources.archive.core.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each thing lies in the bag's payload ({@code data/}). README, "Handing the archive on (BagIt)", shows the
 * whole layout.
 */
final class BagLayout {

    /** The bag's own description: format, scope, counts, the log's origin and size. */
    static final String ARCHIVE = "archive.json";
    static final String FORMAT = "primarysources-archive-bag/1";
    /** The log's entries in their order, one per line, each line exactly the leaf's data. */
    static final String LOG_ENTRIES = "log/entries.jsonl";
    static final String CHECKPOINTS = "log/checkpoints.json";
    /** The signed notes one after another, each followed by a blank line ({@code archive verify --checkpoint}). */
    static final String CHECKPOINT_NOTES = "log/checkpoints.txt";
    static final String VERIFIER_KEY = "log/verifier-key.txt";
    static final String DATA = "data/";

    private static final Pattern VERSION = Pattern.compile("data/(sources|records)/(\\d+)/versions/(\\d+)\\.json");
    private static final Pattern IMPORT = Pattern.compile("data/imports/(\\d+)/import\\.json");

    private BagLayout() {
    }

    static String sourceVersion(long id, int number) {
        return "sources/" + id + "/versions/" + number + ".json";
    }

    static String transcription(long id, int number) {
        return "sources/" + id + "/versions/" + number + ".txt";
    }

    static String recordVersion(long id, int number) {
        return "records/" + id + "/versions/" + number + ".json";
    }

    static String provenance(long id, String extension) {
        return "records/" + id + "/provenance." + extension;
    }

    static String importBatch(long id) {
        return "imports/" + id + "/import.json";
    }

    /** The original file under the name it was uploaded as, made safe as one file name. */
    static String importOriginal(long id, String fileName) {
        return "imports/" + id + "/original/" + safeName(fileName);
    }

    /** A file name as one path segment: no folders, no control characters; "original" when nothing is left. */
    static String safeName(String fileName) {
        if (fileName == null) {
            return "original";
        }
        String name = fileName.replaceAll("[/\\\\\\x00-\\x1f\\x7f]", "_").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "original" : name;
    }

    /** The payload path of a version the log names ({@code item} is {@code source} or {@code record}). */
    static String version(String item, long id, int number) {
        return "record".equals(item) ? recordVersion(id, number) : sourceVersion(id, number);
    }

    /** Whether a bag file is a version's JSON. */
    static boolean isVersion(String bagPath) {
        return VERSION.matcher(bagPath).matches();
    }

    /** The import id of a bag file that is a batch's JSON. */
    static Optional<Long> importOf(String bagPath) {
        Matcher batch = IMPORT.matcher(bagPath);
        return batch.matches() ? Optional.of(Long.parseLong(batch.group(1))) : Optional.empty();
    }
}
