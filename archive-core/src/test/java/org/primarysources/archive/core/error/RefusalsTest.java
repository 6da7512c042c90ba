package org.primarysources.archive.core.error;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures as the container and Hibernate really deliver them, and the refusal each one amounts to. */
class RefusalsTest {

    /** How {@code @Transactional} reports a failure at commit: the rollback, caused by what made it. */
    private static TransactionalException atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("the transaction was marked for rollback");
        rollback.initCause(cause);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED "
                + "encountered exception during commit", rollback);
    }

    static Stream<Arguments> changedMeanwhile() {
        StaleObjectStateException stale = new StaleObjectStateException(
                "org.primarysources.archive.core.review.ChangeRequest", 42L);
        return Stream.of(
                Arguments.of("the JPA exception on its own", new OptimisticLockException(stale)),
                Arguments.of("the JPA exception at commit", atCommit(new OptimisticLockException(stale))),
                Arguments.of("Hibernate's stale object at commit", atCommit(stale)),
                Arguments.of("Hibernate's unexpected row count, wrapped twice",
                        new EJBException(new PersistenceException(new StaleStateException(
                                "Batch update returned unexpected row count from update [0]")))),
                Arguments.of("a resource-local rollback", new jakarta.persistence.RollbackException(
                        "Error while committing the transaction", new OptimisticLockException(stale))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void changedMeanwhile(String shape, Throwable failure) {
        assertThat(Refusals.of(failure)).get()
                .isInstanceOf(ConflictException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo("Someone else changed this at the same time; reload and try again.");
    }

    static Stream<Arguments> beingChanged() {
        SQLException lockNotAvailable = new SQLException("could not obtain lock on row in relation \"change_request\"",
                "55P03");
        return Stream.of(
                Arguments.of("the JPA pessimistic lock exception", new PessimisticLockException(lockNotAvailable)),
                Arguments.of("the JPA lock timeout at commit", atCommit(new LockTimeoutException(lockNotAvailable))),
                Arguments.of("Hibernate's pessimistic lock exception", new PersistenceException(
                        new org.hibernate.PessimisticLockException("could not obtain lock", lockNotAvailable,
                                "select ... for update"))),
                Arguments.of("Hibernate's lock timeout", atCommit(new org.hibernate.exception.LockTimeoutException(
                        "lock timeout",
                        new SQLTransactionRollbackException("Timeout trying to lock table", "HYT00")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void beingChanged(String shape, Throwable failure) {
        assertThat(Refusals.of(failure)).get()
                .isInstanceOf(ConflictException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo("Someone else is changing this right now; try again in a moment.");
    }

    @Test
    void domainRefusalIsFoundAsItIsWhereverItIsWrapped() {
        ForbiddenException fourEyes = new ForbiddenException("nobody approves their own change");

        assertThat(Refusals.of(fourEyes)).containsSame(fourEyes);
        assertThat(Refusals.of(new EJBException(new IllegalStateException("observer failed", fourEyes))))
                .containsSame(fourEyes);
        assertThat(Refusals.of(atCommit(fourEyes))).containsSame(fourEyes);
    }

    @Test
    void faultsAreNoRefusals() {
        assertThat(Refusals.of(new IllegalStateException("no transaction is active"))).isEmpty();
        assertThat(Refusals.of(atCommit(new PersistenceException("could not execute statement",
                new SQLException("Connection refused", "08001"))))).isEmpty();
        assertThat(Refusals.of(null)).isEmpty();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(Refusals.of(first)).isEmpty();
    }
}
