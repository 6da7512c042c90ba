package org.primarysources.archive.core.publicationlog;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.transparency.NodeId;
import org.primarysources.archive.core.transparency.TreeNodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The log's node hashes in {@code log_node}, read and written in the caller's transaction. Nodes never change once
 * written, so what this store has read or written it keeps for its own lifetime (one transaction's appends, or one
 * proof): a batch of appends reads each sibling once.
 */
final class DatabaseTreeNodes implements TreeNodes {

    private final EntityManager em;
    private final Map<NodeId, byte[]> known = new HashMap<>();

    DatabaseTreeNodes(EntityManager em) {
        this.em = em;
    }

    @Override
    public byte[] get(NodeId id) {
        return getAll(List.of(id)).get(0);
    }

    @Override
    public List<byte[]> getAll(List<NodeId> ids) {
        List<NodeId> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            // the ids are numbers the log computed, never text from outside: safe to write into the statement
            String wanted = missing.stream().map(id -> "(" + id.level() + "," + id.index() + ")")
                    .collect(Collectors.joining(","));
            List<?> rows = em.createNativeQuery(
                    "SELECT level, position, hash FROM log_node WHERE (level, position) IN (" + wanted + ")")
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                known.put(new NodeId(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue()),
                        (byte[]) columns[2]);
            }
        }
        List<byte[]> hashes = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            byte[] hash = known.get(id);
            if (hash == null) {
                throw new NoSuchElementException("the log has no node " + id);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    @Override
    public void put(NodeId id, byte[] hash) {
        byte[] stored = known.get(id);
        if (stored != null) {
            if (!Arrays.equals(stored, hash)) {
                throw new IllegalStateException("the log's node " + id + " is already stored with another hash");
            }
            return;
        }
        em.createNativeQuery("INSERT INTO log_node (level, position, hash) VALUES (?1, ?2, ?3)")
                .setParameter(1, id.level())
                .setParameter(2, id.index())
                .setParameter(3, hash)
                .executeUpdate();
        known.put(id, hash);
    }
}
