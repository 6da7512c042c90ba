package org.primarysources.archive.core.transparency;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log against RFC 9162's definitions written out as plain recursion over a list of entries (MTH, PATH and
 * SUBPROOF of §2.1), with hashing of its own: for every tree size up to 64, the root, every inclusion proof and every
 * consistency proof must be the same; and for every proof up to 32 entries, the verifiers must accept exactly the
 * claims (index and sizes up to 40) the recursion accepts.
 */
class MerkleLogOracleTest {

    private static final int MAX = 64;
    /** Every proof up to this size is tried against every claim up to a few entries more: 1.3 million claims. */
    private static final int CLAIMS = 32;

    @Test
    void everyRootAndProofUpToSixtyFourEntriesIsTheRfcs() {
        List<byte[]> entries = new ArrayList<>();
        MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
        for (int i = 0; i < MAX; i++) {
            byte[] entry = new byte[i % 5];
            for (int b = 0; b < entry.length; b++) {
                entry[b] = (byte) (i * 31 + b);
            }
            entries.add(entry);
            log.append(entry);
        }
        for (int size = 1; size <= MAX; size++) {
            List<byte[]> tree = entries.subList(0, size);
            assertThat(log.rootHash(size)).as("root of %d", size).isEqualTo(mth(tree));
            for (int index = 0; index < size; index++) {
                assertThat(log.inclusionProof(index, size)).as("inclusion of %d in %d", index, size)
                        .containsExactlyElementsOf(path(index, tree));
                assertThat(log.leafHashAt(index)).isEqualTo(leaf(entries.get(index)));
            }
            for (int old = 1; old <= size; old++) {
                assertThat(log.consistencyProof(old, size)).as("consistency of %d with %d", old, size)
                        .containsExactlyElementsOf(subproof(old, tree, true));
            }
        }
    }

    /**
     * RFC 9162's verifiers work on the bits of the index and sizes; the recursion says what they must accept: a
     * proof fits a claimed index and size exactly when folding it along the claimed tree's shape gives the root. So
     * every claim is checked both ways, for every proof, and the honest claim must hold.
     */
    @Test
    void theVerifiersAcceptExactlyWhatTheRecursionAccepts() {
        int claims = CLAIMS + 8;
        MerkleLog log = MerkleLogTest.logOf(claims);
        List<String> disagreements = new ArrayList<>();
        for (int size = 1; size <= CLAIMS; size++) {
            byte[] root = log.rootHash(size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = log.inclusionProof(index, size);
                byte[] leaf = log.leafHashAt(index);
                assertThat(MerkleLog.verifyInclusion(leaf, index, size, proof, root)).isTrue();
                for (int claimedSize = 0; claimedSize <= claims; claimedSize++) {
                    for (int claimedIndex = 0; claimedIndex < claims; claimedIndex++) {
                        if (MerkleLog.verifyInclusion(leaf, claimedIndex, claimedSize, proof, root)
                                != includes(leaf, claimedIndex, claimedSize, proof, root)) {
                            disagreements.add(String.format("inclusion of %d in %d claimed as %d in %d", index, size,
                                    claimedIndex, claimedSize));
                        }
                    }
                }
            }
            for (int old = 1; old <= size; old++) {
                List<byte[]> proof = log.consistencyProof(old, size);
                byte[] oldRoot = log.rootHash(old);
                assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, root, proof)).isTrue();
                for (int claimedOld = 0; claimedOld <= claims; claimedOld++) {
                    for (int claimedSize = claimedOld; claimedSize <= claims; claimedSize++) {
                        if (MerkleLog.verifyConsistency(claimedOld, claimedSize, oldRoot, root, proof)
                                != extends_(claimedOld, claimedSize, oldRoot, root, proof)) {
                            disagreements.add(String.format("consistency of %d with %d claimed as %d with %d", old,
                                    size, claimedOld, claimedSize));
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Whether folding {@code proof} along PATH(m, D[n])'s shape gives {@code root}. */
    private static boolean includes(byte[] leaf, int m, int n, List<byte[]> proof, byte[] root) {
        if (m >= n) {
            return false;
        }
        List<Boolean> siblingOnTheRight = new ArrayList<>();
        shape(m, n, siblingOnTheRight);
        if (siblingOnTheRight.size() != proof.size()) {
            return false;
        }
        byte[] hash = leaf;
        for (int i = 0; i < proof.size(); i++) {
            hash = siblingOnTheRight.get(i) ? node(hash, proof.get(i)) : node(proof.get(i), hash);
        }
        return Arrays.equals(hash, root);
    }

    private static void shape(int m, int n, List<Boolean> siblingOnTheRight) {
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            shape(m, k, siblingOnTheRight);
            siblingOnTheRight.add(true);
        } else {
            shape(m - k, n - k, siblingOnTheRight);
            siblingOnTheRight.add(false);
        }
    }

    /** Whether {@code proof}, read as SUBPROOF(m, D[n], true) builds it, rebuilds both roots. */
    private static boolean extends_(int m, int n, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (m == n) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot) && (m > 0 || Arrays.equals(oldRoot, mth(
                    List.of())));
        }
        if (m == 0 || m > n) {
            return false;
        }
        byte[][] roots = rebuild(m, n, true, oldRoot, new ArrayDeque<>(proof));
        return roots != null && Arrays.equals(roots[0], oldRoot) && Arrays.equals(roots[1], newRoot);
    }

    /**
     * The old and the new subtree hash SUBPROOF(m, D[n], b)'s part of the proof stands for, taking its elements
     * from the end of {@code proof}; null if they do not add up.
     */
    private static byte[][] rebuild(int m, int n, boolean b, byte[] oldRoot, Deque<byte[]> proof) {
        if (m == n) {
            if (b) {
                return proof.isEmpty() ? new byte[][] {oldRoot, oldRoot} : null;
            }
            return proof.size() == 1 ? new byte[][] {proof.peekLast(), proof.peekLast()} : null;
        }
        if (proof.isEmpty()) {
            return null;
        }
        byte[] sibling = proof.pollLast();
        int k = split(n);
        if (m <= k) {
            byte[][] below = rebuild(m, k, b, oldRoot, proof);
            return below == null ? null : new byte[][] {below[0], node(below[1], sibling)};
        }
        byte[][] below = rebuild(m - k, n - k, false, oldRoot, proof);
        return below == null ? null : new byte[][] {node(sibling, below[0]), node(sibling, below[1])};
    }

    /** MTH(D[n]), §2.1.1. */
    private static byte[] mth(List<byte[]> entries) {
        int n = entries.size();
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return leaf(entries.get(0));
        }
        int k = split(n);
        return node(mth(entries.subList(0, k)), mth(entries.subList(k, n)));
    }

    /** PATH(m, D[n]), §2.1.3.1. */
    private static List<byte[]> path(int m, List<byte[]> entries) {
        int n = entries.size();
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = split(n);
        if (m < k) {
            path.addAll(path(m, entries.subList(0, k)));
            path.add(mth(entries.subList(k, n)));
        } else {
            path.addAll(path(m - k, entries.subList(k, n)));
            path.add(mth(entries.subList(0, k)));
        }
        return path;
    }

    /** SUBPROOF(m, D[n], b), §2.1.4.1. */
    private static List<byte[]> subproof(int m, List<byte[]> entries, boolean b) {
        int n = entries.size();
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!b) {
                proof.add(mth(entries));
            }
            return proof;
        }
        int k = split(n);
        if (m <= k) {
            proof.addAll(subproof(m, entries.subList(0, k), b));
            proof.add(mth(entries.subList(k, n)));
        } else {
            proof.addAll(subproof(m - k, entries.subList(k, n), false));
            proof.add(mth(entries.subList(0, k)));
        }
        return proof;
    }

    /** The largest power of two smaller than n. */
    private static int split(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] leaf(byte[] entry) {
        return sha256(new byte[] {0x00}, entry);
    }

    private static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {0x01}, left, right);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
