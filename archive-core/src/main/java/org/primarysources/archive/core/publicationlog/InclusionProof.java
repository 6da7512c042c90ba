package org.primarysources.archive.core.publicationlog;

import java.util.List;

/**
 * That an entry is in the tree of {@code treeSize} entries: the audit path from its leaf to the root
 * (RFC 9162 §2.1.3.1), and the root it leads to.
 */
public record InclusionProof(LoggedEntry entry, long treeSize, byte[] rootHash, List<byte[]> path) {
}
