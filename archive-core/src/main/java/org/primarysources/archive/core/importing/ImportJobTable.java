package org.primarysources.archive.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code import_job} table, written outside the import's own transaction (each statement commits by itself),
 * so every instance sees a job's progress while its drafts are still uncommitted, and a cancellation asked for on
 * any instance reaches the one running it. Only {@link #markDone} runs inside the import's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ImportJobTable {

    private static final String COLUMNS = "id, state, file_name, archivist, rows_done, rows_total, cancel_requested,"
            + " import_id, error_line, error_column, error, created_at, updated_at";
    private static final int MAX_ERROR = 2000;

    private final DataSource dataSource;

    @Inject
    public ImportJobTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only for the CDI client proxy. */
    protected ImportJobTable() {
        this(null);
    }

    public long create(String fileName, String mediaType, String sha256, String archivist, int rows) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO import_job (id, state, file_name, media_type,"
                     + " file_sha256, archivist, rows_total, rows_done, cancel_requested, created_at, updated_at)"
                     + " VALUES (nextval('import_job_seq'), 'QUEUED', ?, ?, ?, ?, ?, 0, false, clock_timestamp(),"
                     + " clock_timestamp()) RETURNING id")) {
            s.setString(1, fileName == null ? null : shorten(fileName, 255));
            s.setString(2, mediaType);
            s.setString(3, sha256);
            s.setString(4, archivist);
            s.setInt(5, rows);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import job", e);
        }
    }

    /** QUEUED becomes RUNNING; false when it was cancelled meanwhile. */
    public boolean start(long id) {
        return update("UPDATE import_job SET state = 'RUNNING', updated_at = clock_timestamp()"
                + " WHERE id = ? AND state = 'QUEUED' AND NOT cancel_requested", id) == 1;
    }

    /** How many rows are drafted (not yet committed); true when a cancellation was asked for meanwhile. */
    public boolean drafted(long id, int rows) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE import_job SET rows_done = ?,"
                     + " updated_at = clock_timestamp() WHERE id = ? RETURNING cancel_requested")) {
            s.setInt(1, rows);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import job's progress", e);
        }
    }

    public void failed(long id, Long line, String column, String problem) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE import_job SET state = 'FAILED', error_line = ?,"
                     + " error_column = ?, error = ?, updated_at = clock_timestamp()"
                     + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")) {
            if (line == null) {
                s.setNull(1, Types.BIGINT);
            } else {
                s.setLong(1, line);
            }
            s.setString(2, column == null ? null : shorten(column, 64));
            s.setString(3, shorten(problem, MAX_ERROR));
            s.setLong(4, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import job's failure", e);
        }
    }

    public void cancelled(long id) {
        update("UPDATE import_job SET state = 'CANCELLED', updated_at = clock_timestamp()"
                + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')", id);
    }

    /** Asks a queued or running job to stop; false when it is finished already. */
    public boolean requestCancel(long id) {
        return update("UPDATE import_job SET cancel_requested = true, updated_at = clock_timestamp()"
                + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')", id) == 1;
    }

    public Optional<ImportJobStatus> find(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM import_job WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(status(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the import job", e);
        }
    }

    /**
     * Inside the import's transaction, as its last statement: the job is DONE with this import — unless a
     * cancellation came first (false; the caller rolls back). A cancellation asked for later waits for the commit
     * and then finds the job done.
     */
    static boolean markDone(EntityManager em, long id, long importId, int rows) {
        return em.createNativeQuery("UPDATE import_job SET state = 'DONE', import_id = ?1, rows_done = ?2,"
                        + " updated_at = clock_timestamp()"
                        + " WHERE id = ?3 AND state = 'RUNNING' AND NOT cancel_requested")
                .setParameter(1, importId).setParameter(2, rows).setParameter(3, id)
                .executeUpdate() == 1;
    }

    private int update(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the import job", e);
        }
    }

    private static ImportJobStatus status(ResultSet r) throws SQLException {
        String error = r.getString("error");
        long line = r.getLong("error_line");
        Long errorLine = r.wasNull() ? null : line;
        long importId = r.getLong("import_id");
        Long made = r.wasNull() ? null : importId;
        List<ImportJobStatus.RowProblem> errors = error == null ? List.of()
                : List.of(new ImportJobStatus.RowProblem(errorLine, r.getString("error_column"), error));
        return new ImportJobStatus(r.getLong("id"), r.getString("state"), r.getString("file_name"),
                r.getString("archivist"), r.getInt("rows_done"), r.getInt("rows_total"),
                r.getBoolean("cancel_requested"), made, errors,
                r.getTimestamp("created_at").toInstant(), r.getTimestamp("updated_at").toInstant());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
