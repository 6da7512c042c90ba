package org.primarysources.archive.core.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;
import org.hibernate.dialect.lock.PessimisticEntityLockException;
import org.hibernate.exception.LockAcquisitionException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure tells the person who caused it. A refusal rarely arrives on its own: a service's
 * {@link DomainException} comes wrapped by whatever called it, and a concurrent change is found only when the
 * transaction commits, deep inside the container's {@code TransactionalException} and {@code RollbackException}.
 */
public final class Refusals {

    static final String CHANGED_MEANWHILE = "Someone else changed this at the same time; reload and try again.";
    static final String BEING_CHANGED = "Someone else is changing this right now; try again in a moment.";

    /** Another transaction committed first: the version read is stale. */
    private static final List<Class<? extends Throwable>> CHANGED = List.of(
            OptimisticLockException.class, StaleStateException.class, OptimisticEntityLockException.class);

    /** Another transaction holds a lock on the same rows and did not let go in time. */
    private static final List<Class<? extends Throwable>> LOCKED = List.of(
            PessimisticLockException.class, LockTimeoutException.class, org.hibernate.PessimisticLockException.class,
            LockAcquisitionException.class, PessimisticEntityLockException.class);

    private Refusals() {
    }

    /**
     * The refusal a failure amounts to, found anywhere in its cause chain: a domain refusal as it is, a concurrent
     * change as a {@link ConflictException}. Empty when the failure is no refusal but a fault.
     */
    public static Optional<DomainException> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
            if (isAny(cause, CHANGED)) {
                return Optional.of(new ConflictException(CHANGED_MEANWHILE));
            }
            if (isAny(cause, LOCKED)) {
                return Optional.of(new ConflictException(BEING_CHANGED));
            }
        }
        return Optional.empty();
    }

    private static boolean isAny(Throwable cause, List<Class<? extends Throwable>> kinds) {
        return kinds.stream().anyMatch(kind -> kind.isInstance(cause));
    }
}
