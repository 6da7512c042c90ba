package org.primarysources.archive.core.exchange;

/**
 * What a bag brought into the archive: sources and records with their versions, import batches with their original
 * files, and the log's entries, re-appended in their order ({@code logRoot}: the root hash of the tree they make,
 * base64, the same as the bag's archive's tree of that size).
 */
public record ImportedBag(int sources, int sourceVersions, int records, int recordVersions, int imports,
                          long logEntries, String logRoot, int checkpointsMatched) {
}
