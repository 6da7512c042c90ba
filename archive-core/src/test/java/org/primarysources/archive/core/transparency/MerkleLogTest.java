package org.primarysources.archive.core.transparency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log against the published vectors of RFC 6962's reference tree (the eight entries Certificate Transparency's
 * implementations share), what it reads and writes, and proofs that must fail once anything is changed.
 */
class MerkleLogTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The reference tree's entries. */
    private static final String[] ENTRIES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};

    /** Its root for every size from 0 to 8. */
    private static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };

    /** Its complete subtrees, by level: the nodes the log stores. */
    private static final String[][] NODES = {{
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
    }, {
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
    }, {
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    }, {
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    }};

    @Test
    void theReferenceTreeHasThePublishedRootAtEverySize() {
        MerkleLog log = referenceLog();
        for (int size = 0; size <= ENTRIES.length; size++) {
            assertThat(HEX.formatHex(log.rootHash(size))).as("root of %d", size).isEqualTo(ROOTS[size]);
        }
        assertThat(MerkleLog.emptyRoot()).isEqualTo(HEX.parseHex(ROOTS[0]));
        assertThat(MerkleLog.leafHash(new byte[0])).isEqualTo(HEX.parseHex(ROOTS[1]));
        assertThat(MerkleLog.nodeHash(hash(NODES[0][0]), hash(NODES[0][1]))).isEqualTo(hash(ROOTS[2]));
    }

    @Test
    void theLogStoresExactlyTheCompleteSubtrees() {
        InMemoryTreeNodes nodes = new InMemoryTreeNodes();
        MerkleLog log = new MerkleLog(nodes);
        for (String entry : ENTRIES) {
            log.append(HEX.parseHex(entry));
        }
        assertThat(nodes.count()).isEqualTo(8 + 4 + 2 + 1);
        for (int level = 0; level < NODES.length; level++) {
            for (int index = 0; index < NODES[level].length; index++) {
                assertThat(HEX.formatHex(nodes.get(new NodeId(level, index)))).isEqualTo(NODES[level][index]);
            }
        }
        assertThat(HEX.formatHex(log.leafHashAt(5))).isEqualTo(NODES[0][5]);
    }

    @Test
    void inclusionProofsAreThePublishedOnes() {
        MerkleLog log = referenceLog();
        assertInclusion(log, 0, 8, NODES[0][1], NODES[1][1], NODES[2][1]);
        assertInclusion(log, 5, 8, NODES[0][4], NODES[1][3], NODES[2][0]);
        assertInclusion(log, 2, 3, NODES[1][0]);
        assertInclusion(log, 1, 5, NODES[0][0], NODES[1][1], NODES[0][4]);
        assertInclusion(log, 0, 1);
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        MerkleLog log = referenceLog();
        assertConsistency(log, 1, 8, NODES[0][1], NODES[1][1], NODES[2][1]);
        assertConsistency(log, 6, 8, NODES[1][2], NODES[1][3], NODES[2][0]);
        assertConsistency(log, 2, 5, NODES[1][1], NODES[0][4]);
        assertConsistency(log, 6, 7, NODES[1][2], NODES[0][6], NODES[2][0]);
        assertConsistency(log, 4, 8, NODES[2][1]);
        assertConsistency(log, 3, 3);
    }

    @Test
    void aFlippedBitAnywhereFailsVerification() {
        MerkleLog log = logOf(37);
        for (long size = 1; size <= 37; size++) {
            byte[] root = log.rootHash(size);
            for (long index = 0; index < size; index++) {
                byte[] leaf = log.leafHashAt(index);
                List<byte[]> proof = log.inclusionProof(index, size);
                for (int element = 0; element < proof.size(); element++) {
                    for (int bit : new int[] {0, 7, 133, 255}) {
                        assertThat(MerkleLog.verifyInclusion(leaf, index, size, flipped(proof, element, bit), root))
                                .as("inclusion %d in %d, bit %d of element %d", index, size, bit, element).isFalse();
                    }
                }
                assertThat(MerkleLog.verifyInclusion(flip(leaf, 3), index, size, proof, root)).isFalse();
                assertThat(MerkleLog.verifyInclusion(leaf, index, size, proof, flip(root, 200))).isFalse();
            }
            for (long old = 1; old < size; old++) {
                byte[] oldRoot = log.rootHash(old);
                List<byte[]> proof = log.consistencyProof(old, size);
                for (int element = 0; element < proof.size(); element++) {
                    assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, root, flipped(proof, element, 42)))
                            .as("consistency %d to %d, element %d", old, size, element).isFalse();
                }
                assertThat(MerkleLog.verifyConsistency(old, size, flip(oldRoot, 0), root, proof)).isFalse();
                assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, flip(root, 255), proof)).isFalse();
            }
        }
    }

    @Test
    void aProofForAnotherSizeOrIndexOrALongerOrShorterProofFailsVerification() {
        MerkleLog log = logOf(80);
        for (long size = 1; size <= 37; size++) {
            byte[] root = log.rootHash(size);
            for (long index = 0; index < size; index++) {
                byte[] leaf = log.leafHashAt(index);
                List<byte[]> proof = log.inclusionProof(index, size);
                assertThat(MerkleLog.verifyInclusion(leaf, index, size, proof, root)).isTrue();
                for (long otherSize : new long[] {size - 1, size + 1, size * 2, size / 2, size + 3}) {
                    if (otherSize > index) {
                        assertThat(MerkleLog.verifyInclusion(leaf, index, otherSize, proof, log.rootHash(otherSize)))
                                .as("inclusion of %d proven in %d, checked in %d", index, size, otherSize).isFalse();
                    }
                }
                for (long wrongSize : new long[] {0, index}) {
                    assertThat(MerkleLog.verifyInclusion(leaf, index, wrongSize, proof, root)).isFalse();
                }
                for (long wrongIndex : new long[] {index - 1, index + 1, index ^ 2, size, -1}) {
                    assertThat(MerkleLog.verifyInclusion(leaf, wrongIndex, size, proof, root)).isFalse();
                }
                assertThat(MerkleLog.verifyInclusion(leaf, index, size, longer(proof, root), root)).isFalse();
                assertThat(MerkleLog.verifyInclusion(leaf, index, size, shorter(proof), root))
                        .isEqualTo(proof.isEmpty());
            }
            for (long old = 1; old < size; old++) {
                byte[] oldRoot = log.rootHash(old);
                List<byte[]> proof = log.consistencyProof(old, size);
                assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, root, proof)).isTrue();
                for (long[] other : new long[][] {{old - 1, size}, {old + 1, size}, {old, size + 1},
                        {old, size - 1}, {old * 2, size}, {old, size * 2}, {old ^ 2, size}, {old, size + 3}}) {
                    if (other[0] >= 0 && other[0] <= other[1] && other[1] <= 80) {
                        assertThat(MerkleLog.verifyConsistency(other[0], other[1], log.rootHash(other[0]),
                                log.rootHash(other[1]), proof))
                                .as("consistency %d to %d checked as %d to %d", old, size, other[0], other[1])
                                .isFalse();
                    }
                }
                assertThat(MerkleLog.verifyConsistency(size, old, root, oldRoot, proof)).isFalse();
                assertThat(MerkleLog.verifyConsistency(old, size, root, oldRoot, proof)).isFalse();
                assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, root, longer(proof, root))).isFalse();
                assertThat(MerkleLog.verifyConsistency(old, size, oldRoot, root, shorter(proof))).isFalse();
            }
        }
    }

    @Test
    void equalSizesNeedAnEmptyProofAndEqualRootsAndTheEmptyTreeProvesNothing() {
        MerkleLog log = logOf(5);
        byte[] root = log.rootHash(5);
        assertThat(log.consistencyProof(5, 5)).isEmpty();
        assertThat(MerkleLog.verifyConsistency(5, 5, root, root, List.of())).isTrue();
        assertThat(MerkleLog.verifyConsistency(5, 5, root, log.rootHash(4), List.of())).isFalse();
        assertThat(MerkleLog.verifyConsistency(5, 5, root, root, List.of(root))).isFalse();
        assertThat(MerkleLog.verifyConsistency(0, 5, MerkleLog.emptyRoot(), root, List.of())).isFalse();
        assertThat(MerkleLog.verifyConsistency(0, 5, MerkleLog.emptyRoot(), root, List.of(root))).isFalse();
        assertThatThrownBy(() -> log.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleLog.verifyInclusion(MerkleLog.emptyRoot(), 0, 0, List.of(), MerkleLog.emptyRoot()))
                .isFalse();
    }

    @Test
    void malformedHashesFailVerificationInsteadOfThrowing() {
        MerkleLog log = logOf(6);
        byte[] root = log.rootHash(6);
        List<byte[]> proof = log.inclusionProof(2, 6);
        List<byte[]> shortElement = new ArrayList<>(proof);
        shortElement.set(1, new byte[31]);
        assertThat(MerkleLog.verifyInclusion(log.leafHashAt(2), 2, 6, shortElement, root)).isFalse();
        assertThat(MerkleLog.verifyInclusion(new byte[33], 2, 6, proof, root)).isFalse();
        assertThat(MerkleLog.verifyInclusion(log.leafHashAt(2), 2, 6, proof, null)).isFalse();
        assertThat(MerkleLog.verifyConsistency(3, 6, new byte[0], root, log.consistencyProof(3, 6))).isFalse();
    }

    @Test
    void sizesAndIndexesOutsideTheLogAreRefused() {
        MerkleLog log = logOf(4);
        assertThatThrownBy(() -> log.rootHash(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5");
        assertThatThrownBy(() -> log.inclusionProof(4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.inclusionProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.consistencyProof(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.leafHashAt(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.appendLeafHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendsReadNothingAndWriteTwoNodesPerEntryOnAverage() {
        CountingTreeNodes nodes = new CountingTreeNodes(new InMemoryTreeNodes());
        MerkleLog log = new MerkleLog(nodes);
        for (int i = 0; i < 4096; i++) {
            assertThat(log.append(entry(i))).isEqualTo(i);
        }
        assertThat(nodes.nodesRead()).isZero();
        assertThat(nodes.nodesWritten()).isEqualTo(2 * 4096 - 1);
    }

    @Test
    void proofsReadAtMostTwiceTheTreeHeightInOneCall() {
        CountingTreeNodes nodes = new CountingTreeNodes(new InMemoryTreeNodes());
        MerkleLog log = new MerkleLog(nodes);
        int entries = (1 << 16) + 1000;
        for (int i = 0; i < entries; i++) {
            log.append(entry(i));
        }
        Random random = new Random(9162);
        long[] sizes = new long[600];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = i < 300 ? i + 1 : 1 + random.nextInt(entries);
        }
        sizes[sizes.length - 1] = entries;
        sizes[sizes.length - 2] = (1 << 16) - 1;
        for (long size : sizes) {
            long bound = 2L * (64 - Long.numberOfLeadingZeros(size - 1));
            for (int sample = 0; sample < 20; sample++) {
                long index = (long) (random.nextDouble() * size);
                long old = 1 + (long) (random.nextDouble() * size);
                nodes.reset();
                log.inclusionProof(index, size);
                assertThat(nodes.nodesRead()).as("inclusion %d in %d", index, size).isLessThanOrEqualTo(bound);
                assertThat(nodes.readCalls()).isLessThanOrEqualTo(1);
                nodes.reset();
                log.consistencyProof(old, size);
                assertThat(nodes.nodesRead()).as("consistency %d to %d", old, size).isLessThanOrEqualTo(bound);
                assertThat(nodes.readCalls()).isLessThanOrEqualTo(1);
            }
            nodes.reset();
            log.rootHash(size);
            assertThat(nodes.nodesRead()).isEqualTo(Long.bitCount(size));
        }
    }

    @Test
    void aLogReopenedOverItsStoreGoesOnAsIfNeverClosed() {
        InMemoryTreeNodes nodes = new InMemoryTreeNodes();
        MerkleLog first = new MerkleLog(nodes);
        MerkleLog whole = logOf(0);
        for (int i = 0; i < 23; i++) {
            first.append(entry(i));
            whole.append(entry(i));
        }
        MerkleLog reopened = new MerkleLog(nodes, 23);
        for (int i = 23; i < 70; i++) {
            reopened.append(entry(i));
            whole.append(entry(i));
            assertThat(reopened.rootHash(i + 1)).isEqualTo(whole.rootHash(i + 1));
        }
        assertThat(reopened.consistencyProof(23, 70)).containsExactlyElementsOf(whole.consistencyProof(23, 70));
        assertThatThrownBy(() -> new MerkleLog(nodes, 71)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theStoreRefusesToRewriteANodeOrLeaveAGap() {
        InMemoryTreeNodes nodes = new InMemoryTreeNodes();
        MerkleLog log = new MerkleLog(nodes);
        log.append(entry(0));
        nodes.put(NodeId.leaf(0), MerkleLog.leafHash(entry(0)));
        assertThatThrownBy(() -> nodes.put(NodeId.leaf(0), MerkleLog.leafHash(entry(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nodes.put(NodeId.leaf(2), MerkleLog.leafHash(entry(2))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nodes.get(NodeId.leaf(1))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void nodesAreNumberedInTheOrderTheLogWritesThem() {
        List<NodeId> written = new ArrayList<>();
        MerkleLog log = new MerkleLog(new TreeNodes() {
            @Override
            public byte[] get(NodeId id) {
                throw new NoSuchElementException();
            }

            @Override
            public void put(NodeId id, byte[] hash) {
                written.add(id);
            }
        });
        for (int i = 0; i < 1000; i++) {
            log.append(entry(i));
        }
        for (int position = 0; position < written.size(); position++) {
            assertThat(written.get(position).storageIndex()).isEqualTo(position);
        }
        assertThat(written.subList(0, 7)).containsExactly(new NodeId(0, 0), new NodeId(0, 1), new NodeId(1, 0),
                new NodeId(0, 2), new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0));
    }

    static byte[] entry(int i) {
        return ("record version " + i).getBytes(StandardCharsets.UTF_8);
    }

    static MerkleLog logOf(int entries) {
        MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
        for (int i = 0; i < entries; i++) {
            log.append(entry(i));
        }
        return log;
    }

    private static MerkleLog referenceLog() {
        MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
        for (String entry : ENTRIES) {
            log.append(HEX.parseHex(entry));
        }
        return log;
    }

    private static void assertInclusion(MerkleLog log, long index, long size, String... expected) {
        List<byte[]> proof = log.inclusionProof(index, size);
        assertThat(proof).extracting(HEX::formatHex).containsExactly(expected);
        assertThat(MerkleLog.verifyInclusion(log.leafHashAt(index), index, size, proof, hash(ROOTS[(int) size])))
                .isTrue();
    }

    private static void assertConsistency(MerkleLog log, long old, long size, String... expected) {
        List<byte[]> proof = log.consistencyProof(old, size);
        assertThat(proof).extracting(HEX::formatHex).containsExactly(expected);
        assertThat(MerkleLog.verifyConsistency(old, size, hash(ROOTS[(int) old]), hash(ROOTS[(int) size]), proof))
                .isTrue();
    }

    private static byte[] hash(String hex) {
        return HEX.parseHex(hex);
    }

    private static byte[] flip(byte[] hash, int bit) {
        byte[] flipped = hash.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    private static List<byte[]> flipped(List<byte[]> proof, int element, int bit) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(element, flip(proof.get(element), bit));
        return copy;
    }

    private static List<byte[]> longer(List<byte[]> proof, byte[] extra) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.add(extra);
        return copy;
    }

    private static List<byte[]> shorter(List<byte[]> proof) {
        return proof.isEmpty() ? proof : proof.subList(0, proof.size() - 1);
    }
}
