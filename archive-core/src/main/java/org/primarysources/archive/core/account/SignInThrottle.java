package org.primarysources.archive.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of passwords, per account name and per client address, without ever computing a password
 * hash for an attempt it refuses.
 * <ul>
 *   <li>An account name may fail {@link #ACCOUNT_POLICY}'s free attempts in a row; after that each attempt must wait
 *       twice as long as the one before (1, 2, 4, … s, at most 30 s) after the last one, and
 *       an attempt that does not wait is refused and counts as a failure. Ten failures in a row lock the name for
 *       15 minutes: every attempt is refused, even with the right password, until the lock ends.</li>
 *   <li>A client address gets the same treatment with more room ({@link #ADDRESS_POLICY}), so spraying one
 *       password over many accounts from one address is slowed and then stopped as well.</li>
 *   <li>A name is throttled whether or not an account of that name exists: an unknown account cannot be told
 *       from a known one by its answers.</li>
 * </ul>
 * A success clears the account name's failures (not the address's). Counters are kept in memory, per application
 * instance, and forgotten once a quarter of an hour has passed without failure.
 */
final class SignInThrottle {

    /** Three free failures, then growing waits, locked at the tenth failure in a row. */
    static final Policy ACCOUNT_POLICY = new Policy(3, 10, Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Twenty free failures from one address (a building behind one router), locked at the hundredth. */
    static final Policy ADDRESS_POLICY = new Policy(20, 100, Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Above this many tracked names or addresses, stale ones are swept before a new one is added. */
    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether an attempt may be checked now. A refused attempt is itself counted as a failure.
     *
     * @return {@link Verdict#ALLOWED}, or why not and for how long
     */
    Verdict admit(String username, String address) {
        Instant now = clock.instant();
        Verdict byAccount = admit(accounts, key(username), ACCOUNT_POLICY, now, Verdict.Scope.ACCOUNT);
        Verdict byAddress = admit(addresses, String.valueOf(address), ADDRESS_POLICY, now, Verdict.Scope.ADDRESS);
        if (!byAccount.allowed()) {
            return byAccount;
        }
        return byAddress.allowed() && byAccount.change() == Verdict.Change.LOCK_ENDED ? byAccount : byAddress;
    }

    /**
     * Counts a wrong password.
     *
     * @return the lock this failure started ({@link Verdict.Change#LOCK_STARTED}), or another verdict
     */
    Verdict failed(String username, String address) {
        Instant now = clock.instant();
        Verdict account = fail(accounts, key(username), ACCOUNT_POLICY, now, Verdict.Scope.ACCOUNT);
        Verdict byAddress = fail(addresses, String.valueOf(address), ADDRESS_POLICY, now, Verdict.Scope.ADDRESS);
        return account.change() == Verdict.Change.LOCK_STARTED ? account : byAddress;
    }

    /** The right password: the account name starts afresh. */
    void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Ends a lock and forgets the failures of an account name (an administrator's decision). */
    boolean unlock(String username) {
        return accounts.remove(key(username)) != null;
    }

    private Verdict admit(Map<String, Failures> table, String key, Policy policy, Instant now, Verdict.Scope scope) {
        Failures failures = table.get(key);
        if (failures == null) {
            return Verdict.ALLOWED;
        }
        Instant allowedFrom = failures.allowedFrom(policy);
        if (!now.isBefore(allowedFrom)) {
            if (failures.lockedUntil != null && table.remove(key, failures)) {
                return new Verdict(true, false, Verdict.Change.LOCK_ENDED, Duration.ZERO, scope); // a fresh start
            }
            return Verdict.ALLOWED;
        }
        Verdict verdict = fail(table, key, policy, now, scope);
        return verdict.locked() ? verdict
                : new Verdict(false, failures.lockedUntil != null, Verdict.Change.NONE,
                        Duration.between(now, allowedFrom), scope);
    }

    private Verdict fail(Map<String, Failures> table, String key, Policy policy, Instant now, Verdict.Scope scope) {
        if (table.size() >= MAX_TRACKED && !table.containsKey(key)) {
            table.values().removeIf(failures -> failures.stale(policy, now));
        }
        Failures failures = table.compute(key, (k, existing) ->
                existing == null || existing.stale(policy, now) ? new Failures() : existing);
        synchronized (failures) {
            if (failures.lockedUntil != null) {
                return new Verdict(false, true, Verdict.Change.NONE, Duration.between(now, failures.lockedUntil),
                        scope);
            }
            failures.count++;
            failures.last = now;
            if (failures.count >= policy.lockAfter()) {
                failures.lockedUntil = now.plus(policy.lockFor());
                return new Verdict(false, true, Verdict.Change.LOCK_STARTED, policy.lockFor(), scope);
            }
            return Verdict.ALLOWED;
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * How an account name or address is throttled.
     *
     * @param freeFailures failures in a row answered without any wait
     * @param lockAfter    failures in a row that lock
     * @param longestWait  the longest wait between two attempts before the lock
     * @param lockFor      how long a lock lasts; also how long failures are remembered
     */
    record Policy(int freeFailures, int lockAfter, Duration longestWait, Duration lockFor) {

        /** The wait after the given number of failures in a row: 0 for the free ones, then 1 s, 2 s, 4 s, … */
        Duration waitAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    /**
     * Whether an attempt may go ahead.
     *
     * @param allowed   whether it may
     * @param locked    refused because of a lock (not only a wait)
     * @param change    whether this attempt started or ended a lock of the scope
     * @param retryIn   how long until the next attempt may be checked
     * @param scope     whether the account name or the client address is throttled
     */
    record Verdict(boolean allowed, boolean locked, Change change, Duration retryIn, Scope scope) {

        static final Verdict ALLOWED = new Verdict(true, false, Change.NONE, Duration.ZERO, null);

        /** What a throttle holds back. */
        enum Scope { ACCOUNT, ADDRESS }

        /** What this attempt did to a lock. */
        enum Change { NONE, LOCK_STARTED, LOCK_ENDED }

        /** Whole seconds to wait, at least 1: what Retry-After says. */
        long retryAfterSeconds() {
            return Math.max(1, (retryIn.toMillis() + 999) / 1000);
        }
    }

    /** Failures in a row of one account name or address. */
    private static final class Failures {
        private int count;
        private Instant last = Instant.MIN;
        private Instant lockedUntil;

        synchronized Instant allowedFrom(Policy policy) {
            return lockedUntil != null ? lockedUntil : last.plus(policy.waitAfter(count));
        }

        synchronized boolean stale(Policy policy, Instant now) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(last.plus(policy.lockFor()));
        }
    }
}
