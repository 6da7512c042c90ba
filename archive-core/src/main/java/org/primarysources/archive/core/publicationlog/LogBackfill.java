package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.history.Activity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Appends, once per database, the versions published before the log existed, oldest first (sources before records
 * at the same instant). It runs under the log's lock and marks the log {@code backfilled}, so it never runs again:
 * after that, a version missing from the log is a finding of the audit, never something to add quietly.
 */
@ApplicationScoped
@Transactional
public class LogBackfill {

    private final EntityManager em;
    private final PublicationLog log;

    @Inject
    public LogBackfill(EntityManager em, PublicationLog log) {
        this.em = em;
        this.log = log;
    }

    /** Only for the CDI client proxy. */
    protected LogBackfill() {
        this(null, null);
    }

    /** Returns how many versions it appended. */
    public long run() {
        boolean done = (Boolean) em.createNativeQuery("SELECT backfilled FROM log_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        if (done) {
            return 0;
        }
        List<?> rows = em.createNativeQuery("""
                SELECT 'source', v.source_id, v.number, v.hash, v.transcription_sha256, v.activity, v.author,
                       v.approver, v.created_at, 0 AS kind_order, v.id
                  FROM source_version v
                 WHERE NOT EXISTS (SELECT 1 FROM log_entry e
                                    WHERE e.item = 'source' AND e.item_id = v.source_id AND e.version = v.number)
                UNION ALL
                SELECT 'record', v.record_id, v.number, v.hash, v.verification, v.activity, v.author,
                       v.approver, v.created_at, 1 AS kind_order, v.id
                  FROM record_version v
                 WHERE NOT EXISTS (SELECT 1 FROM log_entry e
                                    WHERE e.item = 'record' AND e.item_id = v.record_id AND e.version = v.number)
                 ORDER BY 9, 10, 11
                """).getResultList();
        for (Object row : rows) {
            log.append(entry((Object[]) row));
        }
        em.createNativeQuery("UPDATE log_head SET backfilled = TRUE WHERE id = 1").executeUpdate();
        return rows.size();
    }

    private static LogEntry entry(Object[] row) {
        long id = ((Number) row[1]).longValue();
        int version = ((Number) row[2]).intValue();
        Activity activity = Activity.valueOf((String) row[5]);
        Instant createdAt = row[8] instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) row[8];
        return LogEntry.SOURCE.equals(row[0])
                ? LogEntry.ofSource(id, version, (String) row[3], (String) row[4], activity, (String) row[6],
                (String) row[7], createdAt)
                : LogEntry.ofRecord(id, version, (String) row[3], (String) row[4], activity, (String) row[6],
                (String) row[7], createdAt);
    }
}
