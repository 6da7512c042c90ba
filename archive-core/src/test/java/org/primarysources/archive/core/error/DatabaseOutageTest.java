package org.primarysources.archive.core.error;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures shaped as the driver, Hibernate, the connection pool and the container deliver them while the database
 * is away (the real ones, from a real PostgreSQL, are in {@code DatabaseOutageIT}), and look-alikes that are not.
 */
class DatabaseOutageTest {

    private static final PSQLException REFUSED = new PSQLException("Connection to 127.0.0.1:5432 refused. Check that"
            + " the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT);

    /** How {@code @Transactional} reports a failure at commit: the rollback, caused by what made it. */
    private static TransactionalException atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("the transaction was marked for rollback");
        rollback.initCause(cause);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED "
                + "encountered exception during commit", rollback);
    }

    /** Payara's pool: the data source's SQLException (no SQLState) over the pool's own, over the driver's. */
    private static SQLException poolCouldNotAllocate(Throwable driver) {
        ResourceAllocationException inner = new ResourceAllocationException(
                "Connection could not be allocated because: " + driver.getMessage());
        inner.initCause(driver);
        ResourceAllocationException outer = new ResourceAllocationException(
                "Error in allocating a connection. Cause: " + inner.getMessage());
        outer.initCause(inner);
        return new SQLException(outer.getMessage(), outer);
    }

    /**
     * The chain Payara gave when PostgreSQL was stopped during a commit: the transaction manager's system exception
     * over an XA exception that keeps only the connector exception's text, which keeps only the driver's message.
     */
    private static TransactionalException commitCutOff() {
        SystemException system = new SystemException();
        system.initCause(new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating"
                + " connection due to administrator command"));
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED"
                + " encountered exception during commit jakarta.transaction.SystemException", system);
    }

    /** An error as the driver reads it from the server: severity, SQLState and message fields. */
    private static PSQLException fromServer(String severity, String sqlState, String message) {
        return new PSQLException(new ServerErrorMessage("S" + severity + "\0C" + sqlState + "\0M" + message + "\0"));
    }

    /** Hibernate failing to get a connection from a data source that threw a SQLException without a SQLState. */
    private static PersistenceException hibernateCannotConnect(SQLException dataSource) {
        return new PersistenceException("Unable to acquire JDBC Connection",
                new GenericJDBCException("Unable to acquire JDBC Connection", dataSource));
    }

    static Stream<Arguments> outages() {
        PSQLException startingUp = fromServer("FATAL", "57P03", "the database system is starting up");
        PSQLException adminShutdown = fromServer("FATAL", "57P01",
                "terminating connection due to administrator command");
        SQLException crashShutdown = new SQLException("FATAL: terminating connection because of crash of another"
                + " server process", "57P02");
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into outbox ... was aborted",
                null, 0, new int[0]);
        batch.setNextException(ioError);
        return Stream.of(
                Arguments.of("the driver refusing to connect", REFUSED),
                Arguments.of("a JDBC 4 transient connection exception", new SQLTransientConnectionException(
                        "connection timed out")),
                Arguments.of("a JDBC 4 non-transient connection exception (H2: database closed)",
                        new SQLNonTransientConnectionException("Database is already closed", "90121")),
                Arguments.of("Hibernate's connection exception as JPA reports it", new PersistenceException(
                        new JDBCConnectionException("could not execute statement", ioError))),
                Arguments.of("a broken pooled connection at commit", atCommit(new PersistenceException(
                        "could not execute batch", new GenericJDBCException("could not execute batch", batch)))),
                Arguments.of("PostgreSQL shut down by its administrator", atCommit(new PersistenceException(
                        new GenericJDBCException("could not extract ResultSet", adminShutdown)))),
                Arguments.of("PostgreSQL restarting after a crash", new PersistenceException(
                        new GenericJDBCException("could not extract ResultSet", crashShutdown))),
                Arguments.of("Payara's pool while PostgreSQL is down, in an EJB",
                        new EJBException(hibernateCannotConnect(poolCouldNotAllocate(REFUSED)))),
                Arguments.of("Payara's pool while PostgreSQL is starting up, at commit",
                        atCommit(hibernateCannotConnect(poolCouldNotAllocate(startingUp)))),
                Arguments.of("the commit itself cut off by a stopping PostgreSQL (seen in the fault suite)",
                        commitCutOff()),
                Arguments.of("a rollback on a pooled connection whose server is gone (seen in the fault suite)",
                        new TransactionalException("rollback failed", new SystemException(
                                "This Managed Connection is not valid as the physical connection is not usable"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void outages(String shape, Throwable failure) {
        assertThat(DatabaseOutage.caused(failure)).isTrue();
    }

    static Stream<Arguments> noOutages() {
        ResourceAllocationException wrongClass = new ResourceAllocationException(
                "Error in allocating a connection. Cause: Class name is wrong or classpath is not set for : x.Y");
        ResourceAllocationException exhausted = new ResourceAllocationException("Error in allocating a connection."
                + " Cause: In-use connections equal max-pool-size and expired max-wait-time.");
        return Stream.of(
                Arguments.of("a unique key violated", atCommit(new PersistenceException(
                        new ConstraintViolationException("could not execute statement",
                                new SQLException("duplicate key value", "23505"), "account_username_key")))),
                Arguments.of("a lock not available", new PersistenceException(new SQLException(
                        "could not obtain lock on row", "55P03"))),
                Arguments.of("a statement cancelled by its timeout", new PersistenceException(new SQLException(
                        "ERROR: canceling statement due to user request", "57014"))),
                Arguments.of("a pool misconfigured", new EJBException(new SQLException(wrongClass.getMessage(),
                        wrongClass))),
                Arguments.of("a pool with no connection free in time", new SQLException(exhausted.getMessage(),
                        exhausted)),
                Arguments.of("a SQLException without a state", new SQLException("no state")),
                Arguments.of("a domain refusal", new ConflictException("changed meanwhile")),
                Arguments.of("a plain fault", new IllegalStateException("no transaction is active")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void noOutages(String shape, Throwable failure) {
        assertThat(DatabaseOutage.caused(failure)).isFalse();
    }

    @Test
    void nothingIsNoOutage() {
        assertThat(DatabaseOutage.caused(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.initCause(second);
        first.setNextException(second);

        assertThat(DatabaseOutage.caused(first)).isFalse();
    }
}
