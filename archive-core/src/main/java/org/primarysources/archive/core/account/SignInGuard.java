package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.SignInThrottle.Verdict;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stands before every password check, in the browser's sign-in and in HTTP Basic alike: asks the
 * {@link SignInThrottle} whether the attempt may be checked at all, counts what the check found, and writes every
 * failure, lock and end of a lock to the {@link SecurityEvents security event log}.
 */
@ApplicationScoped
class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final Clock clock;

    @Inject
    SignInGuard(SecurityEvents events, Clock clock) {
        this.throttle = new SignInThrottle(clock);
        this.events = events;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected SignInGuard() {
        this.throttle = null;
        this.events = null;
        this.clock = null;
    }

    /**
     * Whether a password for this account name, from this address, may be checked now.
     *
     * @return null when it may; else the refusal to answer with (HTTP 429 and Retry-After)
     */
    Refusal admit(String username, String address) {
        Verdict verdict = throttle.admit(username, address);
        if (verdict.change() == Verdict.Change.LOCK_ENDED) {
            log(SecurityEventKind.LOCK_ENDED, username, address, "the lock of this "
                    + scopeName(verdict) + " is over");
        }
        if (verdict.allowed()) {
            return null;
        }
        if (verdict.change() == Verdict.Change.LOCK_STARTED) {
            logLock(verdict, username, address);
        }
        if (verdict.locked()) {
            return new Refusal(verdict.retryAfterSeconds(), "Too many failed sign-ins: this " + scopeName(verdict)
                    + " is locked until " + HOUR_MINUTE.format(clock.instant().plus(verdict.retryIn()))
                    + ". An administrator can end the lock sooner.");
        }
        log(SecurityEventKind.SIGN_IN_THROTTLED, username, address, "refused unchecked: wait "
                + verdict.retryAfterSeconds() + " s");
        return new Refusal(verdict.retryAfterSeconds(), "Too many failed sign-ins for this " + scopeName(verdict)
                + ": try again in " + verdict.retryAfterSeconds() + " s.");
    }

    /** The password was wrong, or there is no such account: counted, and logged. */
    void failed(String username, String address) {
        Verdict lock = throttle.failed(username, address);
        log(SecurityEventKind.SIGN_IN_FAILED, username, address, null);
        if (lock.change() == Verdict.Change.LOCK_STARTED) {
            logLock(lock, username, address);
        }
    }

    private void logLock(Verdict lock, String username, String address) {
        log(lock.scope() == Verdict.Scope.ACCOUNT ? SecurityEventKind.ACCOUNT_LOCKED
                : SecurityEventKind.ADDRESS_LOCKED, username, address,
                "locked for " + lock.retryIn().toMinutes() + " min");
    }

    /** The password was right: the account name's failures are forgotten. */
    void succeeded(String username) {
        throttle.succeeded(username);
    }

    /**
     * Ends the lock of an account name at an administrator's word.
     *
     * @return whether there was anything to end
     */
    boolean unlock(String username, String administrator) {
        boolean ended = throttle.unlock(username);
        if (ended) {
            log(SecurityEventKind.LOCK_ENDED, username, null, "ended by " + administrator);
        }
        return ended;
    }

    private void log(SecurityEventKind kind, String username, String address, String detail) {
        try {
            events.record(kind, username, address, detail);
        } catch (RuntimeException e) {
            // the answer to the caller does not depend on the log; the server log keeps what was lost
            LOG.log(Level.WARNING, "Could not write the security event " + kind + " for '"
                    + SecurityEvent.printable(username, SecurityEvent.MAX_NAME) + "' from " + address, e);
        }
    }

    private static String scopeName(Verdict verdict) {
        return verdict.scope() == Verdict.Scope.ADDRESS ? "address" : "account name";
    }

    /**
     * A sign-in refused before any password was checked.
     *
     * @param retryAfterSeconds what Retry-After says
     * @param detail            the reason, in words, for the caller
     */
    record Refusal(long retryAfterSeconds, String detail) {
    }
}
