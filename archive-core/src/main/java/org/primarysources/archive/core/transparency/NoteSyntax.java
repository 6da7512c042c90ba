package org.primarysources.archive.core.transparency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/** The rules C2SP signed notes share: what a key name may be, what text may hold, a key's hash, strict base64. */
final class NoteSyntax {

    /** The only signature algorithm of signed notes so far: Ed25519. */
    static final byte ED25519 = 0x01;

    private NoteSyntax() {
    }

    /** A key name is non-empty and holds neither a space of any kind nor a plus sign. */
    static boolean isValidName(String name) {
        return !name.isEmpty() && problem(name).isEmpty()
                && name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || c == 0x85);
    }

    /**
     * Why {@code text} cannot be part of a note, if it cannot: notes are UTF-8 (so no lone surrogate) with no ASCII
     * control character but the newline.
     */
    static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                return Optional.of(String.format("control character U+%04X at offset %d", (int) c, i));
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of("unpaired surrogate at offset " + i + ": not UTF-8");
                }
            }
        }
        return Optional.empty();
    }

    /** The first four bytes, big-endian, of {@code SHA-256(name ‖ "\n" ‖ algorithm ‖ public key)}. */
    static int keyHash(String name, byte[] algorithmAndKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            byte[] hash = digest.digest(algorithmAndKey);
            return (hash[0] & 0xff) << 24 | (hash[1] & 0xff) << 16 | (hash[2] & 0xff) << 8 | hash[3] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code 0x01 ‖ key}: an Ed25519 key (public, or a seed) as notes encode it. */
    static byte[] withAlgorithm(byte[] key) {
        byte[] all = new byte[1 + key.length];
        all[0] = ED25519;
        System.arraycopy(key, 0, all, 1, key.length);
        return all;
    }

    /** The key hash as it is written: eight lowercase hexadecimal digits. */
    static String hex(int keyHash) {
        return String.format("%08x", keyHash);
    }

    /** The bytes of standard base64 with padding, if {@code text} is exactly how they encode. */
    static Optional<byte[]> base64(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
