package org.primarysources.archive.core.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Node hashes in memory, for tests, benchmarks and logs rebuilt on start: one sequence in
 * {@link NodeId#storageIndex()} order, in pages of 32,768 hashes (1 MB), so a million entries take about 64 MB and
 * growing never copies what is stored. Nodes must arrive in that order, as {@link MerkleLog} writes them. Safe for
 * concurrent readers and one writer.
 */
public final class InMemoryTreeNodes implements TreeNodes {

    private static final int PAGE_BITS = 15;
    private static final int PAGE_NODES = 1 << PAGE_BITS;
    private static final int HASH = MerkleLog.HASH_SIZE;

    private final List<byte[]> pages = new ArrayList<>();
    private long count;

    /** How many nodes are stored. */
    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized byte[] get(NodeId id) {
        long position = id.storageIndex();
        if (position >= count) {
            throw new NoSuchElementException("node " + id + " is not stored");
        }
        int offset = offset(position);
        return Arrays.copyOfRange(pages.get(page(position)), offset, offset + HASH);
    }

    @Override
    public synchronized void put(NodeId id, byte[] hash) {
        if (hash.length != HASH) {
            throw new IllegalArgumentException("a node hash has " + HASH + " bytes, not " + hash.length);
        }
        long position = id.storageIndex();
        if (position < count) {
            byte[] stored = get(id);
            if (!Arrays.equals(stored, hash)) {
                throw new IllegalStateException("node " + id + " is stored as " + HexFormat.of().formatHex(stored)
                        + ", not " + HexFormat.of().formatHex(hash));
            }
            return;
        }
        if (position > count) {
            throw new IllegalStateException("node " + id + " would leave a gap: " + count + " nodes are stored and"
                    + " it comes at " + position);
        }
        if (page(position) == pages.size()) {
            pages.add(new byte[PAGE_NODES * HASH]);
        }
        System.arraycopy(hash, 0, pages.get(page(position)), offset(position), HASH);
        count++;
    }

    private static int page(long position) {
        return Math.toIntExact(position >>> PAGE_BITS);
    }

    private static int offset(long position) {
        return (int) (position & (PAGE_NODES - 1)) * HASH;
    }
}
