package org.primarysources.archive.core.error;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.primarysources.archive.core.platform.TestDatabase;

import java.net.ServerSocket;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Failures as a real PostgreSQL, its driver and Hibernate deliver them: an outage is told apart from an error. */
class DatabaseOutageIT {

    @Test
    void aServerThatIsNotThereIsAnOutage() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        try (ServerSocket free = new ServerSocket(0)) {
            nowhere.setUrl("jdbc:postgresql://127.0.0.1:" + free.getLocalPort() + "/test");
        }
        nowhere.setUser("postgres");

        Throwable failure = catchThrowable(() -> {
            try (Connection connection = nowhere.getConnection()) {
                connection.isValid(1);
            }
        });

        assertThat(failure).isNotNull();
        assertThat(DatabaseOutage.caused(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aConnectionTheServerEndsIsAnOutageAsHibernateReportsIt() throws Exception {
        // what every connection of the pool meets when PostgreSQL is restarted: terminated by the administrator
        Throwable failure = failureOf("select pg_terminate_backend(pg_backend_pid())");

        assertThat(DatabaseOutage.caused(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void anErrorInTheStatementIsNoOutage() throws Exception {
        Throwable failure = failureOf("select count(*) from no_such_table");

        assertThat(DatabaseOutage.caused(failure)).as(failure.toString()).isFalse();
    }

    /** How a native query fails in a transaction of Hibernate's on the machine's PostgreSQL. */
    private static Throwable failureOf(String sql) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Throwable failure = catchThrowable(() -> db.inTransaction(em -> em.createNativeQuery(sql)
                    .getSingleResult()));
            assertThat(failure).as(sql).isNotNull();
            return failure;
        }
    }
}
