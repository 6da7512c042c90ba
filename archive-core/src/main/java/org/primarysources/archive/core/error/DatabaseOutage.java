package org.primarysources.archive.core.error;

import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means that the database is away — stopped, restarting, unreachable — rather than a fault of
 * ours: then the API answers 503 with {@code Retry-After} and the browser asks the person to try again, instead of
 * a 500. The sign may be anywhere in the cause chain (JPA, Hibernate, the EJB and transaction wrappers, the
 * connection pool's "Error in allocating a connection", which keeps the driver's exception as a cause): a
 * connection exception by type, or a SQLState of class {@code 08} (connection exception) or one of PostgreSQL's
 * {@code 57P01}, {@code 57P02}, {@code 57P03} (shut down, crashed, starting up). A pool failing for another reason
 * (a wrong class name, no connection free within its wait) is no outage.
 */
public final class DatabaseOutage {

    public static final String TITLE = "Database unavailable";
    public static final String DETAIL = "The database is unavailable; try again in a moment.";
    /** How long a client should wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    /**
     * What PostgreSQL and its driver say when the server goes away under a connection, for the wrappers that keep
     * only the message: a commit that fails this way reaches us as a transaction system failure whose XA and
     * connector exceptions carry the driver's text but neither its exception nor its SQLState.
     */
    private static final List<String> SERVER_GONE_TEXTS = List.of(
            "terminating connection due to administrator command", // 57P01
            "terminating connection because of crash of another server process", // 57P02
            "the database system is shutting down", "the database system is starting up", // 57P03
            "the database system is in recovery mode",
            "An I/O error occurred while sending to the backend", // 08006
            "This connection has been closed", // 08003
            "the physical connection is not usable"); // the pool, rolling back on a dead connection

    private DatabaseOutage() {
    }

    /** True when the database being away caused the failure. */
    public static boolean caused(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable cause = next.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (isSign(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException()); // a batch's first failure hides the others behind it
            }
        }
        return false;
    }

    private static boolean isSign(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof JDBCConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            return isConnectionState(sql.getSQLState());
        }
        if (cause instanceof ResourceException resource && isConnectionState(resource.getErrorCode())) {
            return true;
        }
        boolean wrapper = cause instanceof XAException || cause instanceof ResourceException
                || cause instanceof SystemException || cause instanceof RollbackException;
        return wrapper && cause.getMessage() != null
                && SERVER_GONE_TEXTS.stream().anyMatch(cause.getMessage()::contains);
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_OR_COMING.contains(sqlState));
    }
}
