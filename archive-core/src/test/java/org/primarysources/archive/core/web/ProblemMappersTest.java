package org.primarysources.archive.core.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What an API client is told when the database is away, and that a fault is still a plain 500. */
class ProblemMappersTest {

    private static final String JDBC_URL = "jdbc:postgresql://db.internal:5432/archive";

    @Test
    void theDatabaseBeingAwayIsA503ThatSaysWhenToTryAgain() {
        PersistenceException failure = new PersistenceException("could not prepare statement",
                new JDBCConnectionException("could not prepare statement [" + JDBC_URL + "]",
                        new SQLException("Connection to db.internal:5432 refused.", "08001")));

        assertIsDatabaseUnavailable(new ProblemMappers.Concurrent().toResponse(failure));
        assertIsDatabaseUnavailable(new ProblemMappers.Unexpected().toResponse(new EJBException(failure)));
    }

    @Test
    void anotherDatabaseFailureIsStillA500ThatRevealsNothing() {
        PersistenceException failure = new PersistenceException(new GenericJDBCException("could not execute",
                new SQLException("ERROR: relation \"record\" does not exist", "42P01")));

        Response answer = new ProblemMappers.Concurrent().toResponse(failure);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getHeaderString("Retry-After")).isNull();
        assertThat(answer.getEntity()).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.detail()).doesNotContain("relation"));
    }

    private static void assertIsDatabaseUnavailable(Response answer) {
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getMediaType()).isEqualTo(Problem.MEDIA);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(answer.getEntity()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.title()).isEqualTo("Database unavailable");
            assertThat(problem.detail()).isEqualTo("The database is unavailable; try again in a moment.")
                    .doesNotContain("jdbc:", "db.internal", "Exception");
        });
    }
}
