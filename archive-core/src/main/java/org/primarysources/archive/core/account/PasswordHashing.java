package org.primarysources.archive.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * PBKDF2 with HMAC-SHA-512 at 210,000 iterations (OWASP's minimum; the platform default of 2,048 is far below it).
 * The encoded hash carries algorithm, iterations and salt, so stronger settings later still verify old hashes.
 * <p>
 * A hash costs ~0.1 s of a core, so at most one per core is computed at a time: a flood of sign-ins waits its turn
 * (and, after {@link #WAIT_FOR_TURN}, is told the archive is busy) instead of starving every other request.
 */
@ApplicationScoped
class PasswordHashing {

    static final int ITERATIONS = 210_000;
    static final long WAIT_FOR_TURN = 10;

    private final Pbkdf2PasswordHash hash;
    private final Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Inject
    PasswordHashing(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    /** Only for the CDI client proxy. */
    protected PasswordHashing() {
        this(null);
    }

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    String hash(char[] password) {
        takeTurn();
        try {
            return hash.generate(password);
        } finally {
            turns.release();
        }
    }

    boolean matches(char[] password, String storedHash) {
        takeTurn();
        try {
            return hash.verify(password, storedHash);
        } finally {
            turns.release();
        }
    }

    private void takeTurn() {
        try {
            if (!turns.tryAcquire(WAIT_FOR_TURN, TimeUnit.SECONDS)) {
                throw new HashingBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
    }
}
