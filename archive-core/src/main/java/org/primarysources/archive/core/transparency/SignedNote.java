package org.primarysources.archive.core.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A text and its signatures as C2SP signed-note writes them: the text (UTF-8, ending in a newline), a blank line,
 * then one line per signature — an em dash (U+2014), a space, the key's name, a space, and
 * {@code base64(key hash ‖ signature)}:
 *
 * <pre>
 * archive.example.org/log
 * 8
 * XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 *
 * — archive.example.org/log Ab3x…
 * </pre>
 *
 * A note read with {@link #parse} is only well-formed; {@link NoteVerifier#open} checks who signed it.
 */
public final class SignedNote {

    /** More signatures than this and a note is refused, so that reading one stays cheap. */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int KEY_HASH_SIZE = 4;

    private final String text;
    private final List<Signature> signatures;

    private SignedNote(String text, List<Signature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /**
     * Signs {@code text} with each key, in order.
     *
     * @throws IllegalArgumentException if the text cannot be a note's: empty, not ending in a newline, or holding a
     *                                  control character
     */
    public static SignedNote sign(String text, LogKey... keys) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends in a newline");
        }
        NoteSyntax.problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException("a note's text cannot hold " + problem);
        });
        if (keys.length == 0 || keys.length > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a note has 1 to " + MAX_SIGNATURES + " signatures, not " + keys.length);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Signature> signatures = new ArrayList<>(keys.length);
        for (LogKey key : keys) {
            signatures.add(new Signature(key.name(), key.keyHash(), key.sign(bytes)));
        }
        return new SignedNote(text, signatures);
    }

    /**
     * Reads a signed note's form: valid text, the blank line, one to {@value #MAX_SIGNATURES} well-formed signature
     * lines. Checks no signature.
     *
     * @throws InvalidNoteException saying what is malformed
     */
    public static SignedNote parse(String message) throws InvalidNoteException {
        var problem = NoteSyntax.problem(message);
        if (problem.isPresent()) {
            throw new InvalidNoteException("malformed note: " + problem.get());
        }
        int split = message.lastIndexOf("\n\n");
        if (split < 0) {
            throw new InvalidNoteException("malformed note: no blank line between the text and the signatures");
        }
        String block = message.substring(split + 2);
        if (block.isEmpty()) {
            throw new InvalidNoteException("malformed note: no signature lines");
        }
        if (!block.endsWith("\n")) {
            throw new InvalidNoteException("malformed note: the last signature line does not end in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new InvalidNoteException("malformed note: " + lines.length + " signatures, more than "
                    + MAX_SIGNATURES);
        }
        List<Signature> signatures = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            signatures.add(signature(lines[i], i + 1));
        }
        return new SignedNote(message.substring(0, split + 1), signatures);
    }

    /** The signed text, with its final newline. */
    public String text() {
        return text;
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** The note as it is sent: text, blank line, signature lines. */
    public String message() {
        StringBuilder message = new StringBuilder(text).append('\n');
        for (Signature signature : signatures) {
            message.append(SIGNATURE_PREFIX).append(signature.name()).append(' ')
                    .append(signature.base64()).append('\n');
        }
        return message.toString();
    }

    byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedNote that && text.equals(that.text) && signatures.equals(that.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, signatures);
    }

    @Override
    public String toString() {
        return message();
    }

    private static Signature signature(String line, int number) throws InvalidNoteException {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new InvalidNoteException("malformed note: signature line " + number
                    + " does not start with an em dash and a space");
        }
        String rest = line.substring(SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new InvalidNoteException("malformed note: signature line " + number + " has no signature");
        }
        String name = rest.substring(0, space);
        if (!NoteSyntax.isValidName(name)) {
            throw new InvalidNoteException("malformed note: signature line " + number + ": '" + name
                    + "' is no key name");
        }
        byte[] bytes = NoteSyntax.base64(rest.substring(space + 1))
                .filter(decoded -> decoded.length > KEY_HASH_SIZE)
                .orElseThrow(() -> new InvalidNoteException("malformed note: signature line " + number
                        + " is not a key hash and a signature in standard base64"));
        int keyHash = (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
        return new Signature(name, keyHash, Arrays.copyOfRange(bytes, KEY_HASH_SIZE, bytes.length));
    }

    /**
     * One signature line.
     *
     * @param name      the key's name
     * @param keyHash   which of the name's keys signed
     * @param signature the signature's bytes (for Ed25519, 64)
     */
    public record Signature(String name, int keyHash, byte[] signature) {

        public Signature {
            if (!NoteSyntax.isValidName(name)) {
                throw new IllegalArgumentException("'" + name + "' is no key name");
            }
            if (signature.length == 0) {
                throw new IllegalArgumentException("a signature has bytes");
            }
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        /** {@code base64(key hash ‖ signature)}, as the signature line ends. */
        public String base64() {
            byte[] bytes = new byte[KEY_HASH_SIZE + signature.length];
            for (int i = 0; i < KEY_HASH_SIZE; i++) {
                bytes[i] = (byte) (keyHash >>> (24 - 8 * i));
            }
            System.arraycopy(signature, 0, bytes, KEY_HASH_SIZE, signature.length);
            return Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that && name.equals(that.name) && keyHash == that.keyHash
                    && Arrays.equals(signature, that.signature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, keyHash, Arrays.hashCode(signature));
        }

        @Override
        public String toString() {
            return name + "+" + NoteSyntax.hex(keyHash) + " " + HexFormat.of().formatHex(signature);
        }
    }
}
