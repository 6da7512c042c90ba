package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user name and password were valid, keyed by a salted SHA-256 of both
 * (the salt is random per process), so HTTP Basic clients do not pay a full PBKDF2 hash on every request.
 */
@ApplicationScoped
class RecentCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentCredentials() {
        this(Clock.systemUTC());
    }

    RecentCredentials(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    Set<String> groupsOf(String username, char[] password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null) {
            return null;
        }
        if (entry.expires().isBefore(clock.instant())) {
            entries.values().remove(entry);
            return null;
        }
        return entry.groups();
    }

    void remember(String username, char[] password, Set<String> groups) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(username, groups, clock.instant().plus(TIME_TO_LIVE)));
    }

    void forget(String username) {
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    private String key(String username, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Entry(String username, Set<String> groups, Instant expires) {
    }
}
