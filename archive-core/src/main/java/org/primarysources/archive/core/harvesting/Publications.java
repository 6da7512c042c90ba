package org.primarysources.archive.core.harvesting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read queries of a harvest, in SQL: an item's newest publication is the version its row names as published,
 * and a harvest walks the versions by creation time ({@code V11__harvesting.sql} indexes them so), one page after a
 * {@link PublicationCursor} at a time — never an offset, never the whole archive in memory.
 */
final class Publications {

    private static final String RECORDS = "select r.id as id, v.created_at as published_at, r.retracted as retracted,"
            + " r.kind as kind, r.source_id as source_id from record_version v"
            + " join record r on r.id = v.record_id and r.published_version = v.number";
    private static final String SOURCES = "select s.id as id, v.created_at as published_at from source_version v"
            + " join source s on s.id = v.source_id and s.published_version = v.number";

    private final EntityManager em;

    Publications(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} publications of {@code selection} after {@code after} (null: from the start), in order. */
    List<Publication> after(Selection selection, PublicationCursor after, int limit) {
        HarvestSet set = selection.set();
        List<Publication> found = new ArrayList<>();
        if (set == null || set.includesRecords()) {
            found.addAll(records(selection, after, limit));
        }
        if (set == null || set.includesSources()) {
            found.addAll(sources(selection, after, limit));
        }
        found.sort(Comparator.comparing(Publication::cursor));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    Optional<Publication> record(long id) {
        return records(RECORDS + " where r.id = :id", Map.of("id", id), 1).findFirst();
    }

    Optional<Publication> source(long id) {
        return sources(SOURCES + " where s.id = :id", Map.of("id", id), 1).findFirst();
    }

    /** No publication is older than this: the first version ever stored. */
    Optional<Instant> earliest() {
        return Stream.of("record_version", "source_version")
                .map(table -> em.createNativeQuery("select min(created_at) as earliest from " + table)
                        .unwrap(NativeQuery.class).addScalar("earliest", Instant.class).getSingleResult())
                .map(Instant.class::cast)
                .min(Comparator.naturalOrder());
    }

    /** Published sources after {@code afterId} by id, with their titles. */
    List<SourceRef> sourcesAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id as id, s.title as title from source s"
                        + " where s.published_version > 0 and s.id > :after order by s.id")
                .unwrap(NativeQuery.class).addScalar("id", Long.class).addScalar("title", String.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new SourceRef((Long) row[0], (String) row[1])).toList();
    }

    private List<Publication> records(Selection selection, PublicationCursor after, int limit) {
        Conditions where = new Conditions(selection, after, ItemType.RECORD, "v.record_id");
        HarvestSet set = selection.set();
        if (set != null && set.recordKind() != null) {
            where.add("r.kind = :kind", "kind", set.recordKind().name());
        }
        if (set != null && set.sourceId() != null) {
            where.add("r.source_id = :source", "source", set.sourceId());
        }
        return records(RECORDS + where.sql() + " order by v.created_at, v.record_id", where.parameters, limit)
                .toList();
    }

    private List<Publication> sources(Selection selection, PublicationCursor after, int limit) {
        Conditions where = new Conditions(selection, after, ItemType.SOURCE, "v.source_id");
        HarvestSet set = selection.set();
        if (set != null && set.sourceId() != null) {
            where.add("s.id = :source", "source", set.sourceId());
        }
        return sources(SOURCES + where.sql() + " order by v.created_at, v.source_id", where.parameters, limit)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Stream<Publication> records(String sql, Map<String, Object> parameters, int limit) {
        NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("id", Long.class).addScalar("published_at", Instant.class)
                .addScalar("retracted", Boolean.class).addScalar("kind", String.class)
                .addScalar("source_id", Long.class);
        return bind(query, parameters, limit).getResultList().stream()
                .map(row -> new Publication(ItemType.RECORD, (Long) row[0], (Instant) row[1], (Boolean) row[2],
                        RecordKind.valueOf((String) row[3]), (Long) row[4]));
    }

    @SuppressWarnings("unchecked")
    private Stream<Publication> sources(String sql, Map<String, Object> parameters, int limit) {
        NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("id", Long.class).addScalar("published_at", Instant.class);
        return bind(query, parameters, limit).getResultList().stream()
                .map(row -> new Publication(ItemType.SOURCE, (Long) row[0], (Instant) row[1], false, null,
                        (Long) row[0]));
    }

    private static <Q extends Query> Q bind(Q query, Map<String, Object> parameters, int limit) {
        parameters.forEach(query::setParameter);
        query.setMaxResults(limit);
        return query;
    }

    /** The time bounds and the keyset condition, shared by records and sources. */
    private static final class Conditions {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        Conditions(Selection selection, PublicationCursor after, ItemType type, String idColumn) {
            if (selection.from() != null) {
                add("v.created_at >= :from", "from", selection.from());
            }
            if (selection.before() != null) {
                add("v.created_at < :before", "before", selection.before());
            }
            if (after != null) {
                parameters.put("after", after.publishedAt());
                int order = type.compareTo(after.type());
                if (order < 0) {
                    conditions.add("v.created_at > :after"); // this type sorts before the cursor's at the same time
                } else if (order > 0) {
                    conditions.add("v.created_at >= :after");
                } else {
                    conditions.add("(v.created_at > :after or (v.created_at = :after and " + idColumn
                            + " > :afterId))");
                    parameters.put("afterId", after.id());
                }
            }
        }

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
