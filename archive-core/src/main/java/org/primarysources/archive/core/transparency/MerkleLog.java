package org.primarysources.archive.core.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An append-only Merkle log as RFC 9162 (Certificate Transparency 2.0) defines it: a leaf is
 * {@code SHA-256(0x00 ‖ entry)}, an inner node {@code SHA-256(0x01 ‖ left ‖ right)}, a tree of {@code n > 1} leaves
 * splits at the largest power of two below {@code n}, and the empty tree's root is {@code SHA-256()}. Roots,
 * inclusion proofs and consistency proofs are the RFC's, byte for byte, so any RFC 9162 or RFC 6962 verifier checks
 * them.
 *
 * <p>The log stores only complete subtrees ({@link NodeId}) through {@link TreeNodes}: an append writes its leaf and
 * the subtrees it completes (two nodes on average) and reads nothing; a root or a proof for any size up to the
 * current one reads at most about {@code 2·log2(size)} nodes, all in one {@link TreeNodes#getAll} call.
 *
 * <p>Appends are serialised. Roots and proofs may be asked for concurrently, for any size {@link #size()} has
 * returned, provided the {@link TreeNodes} is safe for that.
 */
public final class MerkleLog {

    /** Every hash in the log is a SHA-256 digest. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_ROOT = sha256().digest();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(MerkleLog::sha256);

    private final TreeNodes nodes;
    /** The roots of the largest complete subtrees of the current tree, by level: the only hashes an append needs. */
    private final byte[][] frontier = new byte[NodeId.MAX_LEVEL + 1][];
    private volatile long size;

    /** An empty log over an empty store. */
    public MerkleLog(TreeNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * A log of {@code size} entries whose nodes are already in {@code nodes}: reads the {@code bitCount(size)}
     * subtree roots the next append needs.
     */
    public MerkleLog(TreeNodes nodes, long size) {
        this(nodes);
        if (size < 0 || size > 1L << NodeId.MAX_LEVEL) {
            throw new IllegalArgumentException("a log cannot have " + size + " entries");
        }
        List<NodeId> ids = subtrees(0, size);
        List<byte[]> hashes = nodes.getAll(ids);
        for (int i = 0; i < ids.size(); i++) {
            frontier[ids.get(i).level()] = stored(hashes.get(i), ids.get(i));
        }
        this.size = size;
    }

    /** {@code SHA-256(0x00 ‖ entry)}: the leaf hash of a log entry. */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = SHA_256.get();
        digest.update(LEAF_PREFIX);
        return digest.digest(entry);
    }

    /** {@code SHA-256(0x01 ‖ left ‖ right)}: the hash of an inner node. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = SHA_256.get();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }

    /** {@code SHA-256()} of nothing: the root of the empty log. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** Appends an entry; returns its index (the log's size before). */
    public long append(byte[] entry) {
        return appendLeafHash(leafHash(entry));
    }

    /** Appends an entry by its {@linkplain #leafHash leaf hash}; returns its index (the log's size before). */
    public synchronized long appendLeafHash(byte[] leafHash) {
        byte[] hash = checkedHash(leafHash, "leaf hash").clone();
        long index = size;
        if (index == 1L << NodeId.MAX_LEVEL) {
            throw new IllegalStateException("the log is full");
        }
        int level = 0;
        nodes.put(NodeId.leaf(index), hash);
        while ((index >>> level & 1) == 1) {
            hash = nodeHash(frontier[level], hash);
            level++;
            nodes.put(new NodeId(level, index >>> level), hash);
        }
        for (int below = 0; below < level; below++) {
            frontier[below] = null;
        }
        frontier[level] = hash;
        size = index + 1;
        return index;
    }

    /** How many entries the log holds. */
    public long size() {
        return size;
    }

    /** The root hash of the log's first {@code treeSize} entries. */
    public byte[] rootHash(long treeSize) {
        requireSize(treeSize);
        if (treeSize == 0) {
            return emptyRoot();
        }
        return resolve(List.of(new Span(0, treeSize))).get(0);
    }

    /** The leaf hash of entry {@code index}. */
    public byte[] leafHashAt(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("no entry " + index + " in a log of " + size);
        }
        return stored(nodes.get(NodeId.leaf(index)), NodeId.leaf(index));
    }

    /**
     * RFC 9162's inclusion path ({@code PATH(index, D[treeSize])}, §2.1.3.1): the sibling hashes from the leaf up to
     * the root of the first {@code treeSize} entries.
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        requireSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("no entry " + index + " in a tree of " + treeSize);
        }
        List<Span> spans = new ArrayList<>();
        long lo = 0;
        long hi = treeSize;
        while (hi - lo > 1) {
            long split = lo + Long.highestOneBit(hi - lo - 1);
            if (index < split) {
                spans.add(new Span(split, hi));
                hi = split;
            } else {
                spans.add(new Span(lo, split));
                lo = split;
            }
        }
        Collections.reverse(spans);
        return resolve(spans);
    }

    /**
     * RFC 9162's consistency proof ({@code PROOF(oldSize, D[newSize])}, §2.1.4.1): the hashes that show the tree of
     * the first {@code newSize} entries extends the tree of the first {@code oldSize}. Empty when the sizes are equal;
     * from the empty tree there is nothing to prove, so {@code oldSize} is then refused.
     */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        requireSize(newSize);
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("a tree of " + oldSize + " entries is no prefix of one of " + newSize);
        }
        if (oldSize == newSize) {
            return List.of();
        }
        if (oldSize == 0) {
            throw new IllegalArgumentException("every tree extends the empty tree; there is no proof to give");
        }
        List<Span> spans = new ArrayList<>();
        long lo = 0;
        long hi = newSize;
        boolean oldRootIsKnown = true;
        while (oldSize != hi) {
            long split = lo + Long.highestOneBit(hi - lo - 1);
            if (oldSize <= split) {
                spans.add(new Span(split, hi));
                hi = split;
            } else {
                spans.add(new Span(lo, split));
                lo = split;
                oldRootIsKnown = false;
            }
        }
        if (!oldRootIsKnown) {
            spans.add(new Span(lo, hi));
        }
        Collections.reverse(spans);
        return resolve(spans);
    }

    /**
     * Checks an inclusion proof as RFC 9162 §2.1.3.2 does: that {@code leafHash} is entry {@code index} of the tree
     * of {@code treeSize} entries whose root is {@code rootHash}. False, never an exception, for anything that does
     * not check out, a malformed proof included.
     *
     * <p>The size is checked together with the root, not alone: a proof for a tree of 3 entries also fits the shape
     * of a tree of 4 whose last inner node is the third leaf, so it verifies against the root of 3 claimed as a
     * tree of 4 — but never against the root of the real tree of 4. Take the size and the root from one signed
     * checkpoint.
     */
    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof,
                                          byte[] rootHash) {
        if (index < 0 || index >= treeSize || !wellFormed(leafHash) || !wellFormed(rootHash)
                || !proof.stream().allMatch(MerkleLog::wellFormed)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * Checks a consistency proof as RFC 9162 §2.1.4.2 does: that the tree of {@code newSize} entries with root
     * {@code newRoot} extends the tree of {@code oldSize} entries with root {@code oldRoot}. Equal sizes need an
     * empty proof and equal roots (for size 0, the empty root); a proof from the empty tree to a larger one is
     * refused, as it proves nothing. False, never an exception, for anything that does not check out.
     *
     * <p>As with {@link #verifyInclusion}, the sizes are part of what is checked only together with the roots: take
     * both from signed checkpoints.
     */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
                                            List<byte[]> proof) {
        if (oldSize < 0 || oldSize > newSize || !wellFormed(oldRoot) || !wellFormed(newRoot)
                || !proof.stream().allMatch(MerkleLog::wellFormed)) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot)
                    && (oldSize > 0 || MessageDigest.isEqual(oldRoot, EMPTY_ROOT));
        }
        if (oldSize == 0 || proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(oldSize) == 1) {
            path.add(oldRoot);
        }
        path.addAll(proof);
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    /**
     * The complete subtrees that make up leaves {@code [lo, hi)}, largest first. Every span a root or a proof needs
     * starts at a multiple of the power of two at or above its width, so each piece is a stored node.
     */
    static List<NodeId> subtrees(long lo, long hi) {
        List<NodeId> ids = new ArrayList<>(Long.SIZE);
        long start = lo;
        while (start < hi) {
            int level = Long.SIZE - 1 - Long.numberOfLeadingZeros(hi - start);
            ids.add(new NodeId(level, start >>> level));
            start += 1L << level;
        }
        return ids;
    }

    /** The hash of each span, reading every node they need in one call. */
    private List<byte[]> resolve(List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<NodeId> ids = new ArrayList<>();
        int[] ends = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            ids.addAll(subtrees(spans.get(i).lo(), spans.get(i).hi()));
            ends[i] = ids.size();
        }
        List<byte[]> read = nodes.getAll(ids);
        if (read.size() != ids.size()) {
            throw new IllegalStateException("asked the store for " + ids.size() + " nodes, got " + read.size());
        }
        List<byte[]> hashes = new ArrayList<>(spans.size());
        int start = 0;
        for (int end : ends) {
            byte[] hash = stored(read.get(end - 1), ids.get(end - 1));
            for (int i = end - 2; i >= start; i--) {
                hash = nodeHash(stored(read.get(i), ids.get(i)), hash);
            }
            hashes.add(hash);
            start = end;
        }
        return Collections.unmodifiableList(hashes);
    }

    private void requireSize(long treeSize) {
        long current = size;
        if (treeSize < 0 || treeSize > current) {
            throw new IllegalArgumentException("a tree of " + treeSize + " entries is not in a log of " + current);
        }
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == HASH_SIZE;
    }

    private static byte[] checkedHash(byte[] hash, String what) {
        if (!wellFormed(hash)) {
            throw new IllegalArgumentException(what + " is not a " + HASH_SIZE + "-byte SHA-256 hash");
        }
        return hash;
    }

    private static byte[] stored(byte[] hash, NodeId id) {
        if (!wellFormed(hash)) {
            throw new IllegalStateException("the store holds no " + HASH_SIZE + "-byte hash for node " + id);
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Leaves {@code [lo, hi)}. */
    private record Span(long lo, long hi) {
    }
}
