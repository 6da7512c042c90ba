package org.primarysources.archive.core.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident link between versions: {@code hash = SHA-256(canonical JSON of the content + previous hash)},
 * hex encoded; the first version has no previous hash (the empty string is appended).
 */
public final class HashChain {

    private HashChain() {
    }

    public static String link(String canonicalContent, String previousHash) {
        return sha256(canonicalContent + (previousHash == null ? "" : previousHash));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
