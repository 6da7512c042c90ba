package org.primarysources.archive.core.transparency;

import java.util.List;

/**
 * A store that counts what a log asks of it (node hashes read, read calls, nodes written), for tests and the
 * benchmark.
 */
public final class CountingTreeNodes implements TreeNodes {

    private final TreeNodes stored;
    private long nodesRead;
    private long readCalls;
    private long nodesWritten;

    public CountingTreeNodes(TreeNodes stored) {
        this.stored = stored;
    }

    @Override
    public byte[] get(NodeId id) {
        nodesRead++;
        readCalls++;
        return stored.get(id);
    }

    @Override
    public List<byte[]> getAll(List<NodeId> ids) {
        nodesRead += ids.size();
        readCalls++;
        return stored.getAll(ids);
    }

    @Override
    public void put(NodeId id, byte[] hash) {
        nodesWritten++;
        stored.put(id, hash);
    }

    public long nodesRead() {
        return nodesRead;
    }

    public long readCalls() {
        return readCalls;
    }

    public long nodesWritten() {
        return nodesWritten;
    }

    public void reset() {
        nodesRead = 0;
        readCalls = 0;
        nodesWritten = 0;
    }
}
