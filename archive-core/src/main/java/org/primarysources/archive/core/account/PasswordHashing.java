package org.primarysources.archive.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA-512 at 210,000 iterations (OWASP's minimum; the platform default of 2,048 is far below it).
 * The encoded hash carries algorithm, iterations and salt, so stronger settings later still verify old hashes.
 */
@ApplicationScoped
class PasswordHashing {

    static final int ITERATIONS = 210_000;

    private final Pbkdf2PasswordHash hash;

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
        return hash.generate(password);
    }

    boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }
}
