package org.primarysources.archive.core.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link MerkleLog} keeps its node hashes: the port a database table or a file implements. Only complete
 * subtrees are stored ({@link NodeId}), each written once and never changed, so a store may cache freely.
 */
public interface TreeNodes {

    /**
     * The stored hash of a node.
     *
     * @throws java.util.NoSuchElementException if the node was never stored
     */
    byte[] get(NodeId id);

    /**
     * The stored hashes of several nodes, in the order asked: a log asks for every node a proof needs at once, so a
     * database answers in one round trip.
     *
     * @throws java.util.NoSuchElementException if any of them was never stored
     */
    default List<byte[]> getAll(List<NodeId> ids) {
        List<byte[]> hashes = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            hashes.add(get(id));
        }
        return hashes;
    }

    /**
     * Stores a node's hash. The log writes nodes in {@link NodeId#storageIndex()} order; storing a node again with
     * the same hash changes nothing.
     *
     * @throws IllegalStateException if the node is already stored with another hash
     */
    void put(NodeId id, byte[] hash);
}
