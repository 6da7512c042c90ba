package org.primarysources.archive.core.publicationlog;

import java.util.List;

/**
 * That the tree of {@code oldSize} entries is a prefix of the tree of {@code newSize} entries: nothing before
 * {@code oldSize} was changed, removed or reordered (RFC 9162 §2.1.4.1).
 */
public record ConsistencyProof(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> path) {
}
