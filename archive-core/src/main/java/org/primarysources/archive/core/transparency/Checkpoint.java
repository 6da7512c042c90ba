package org.primarysources.archive.core.transparency;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A log's tree head as a C2SP tlog-checkpoint: the text a log signs ({@link SignedNote}) so that readers can hold it
 * to its size and root. The {@linkplain #body() body} is the origin (which log), the size in decimal, the root hash
 * in standard base64 and any extension lines, each ending in a newline:
 *
 * <pre>
 * archive.example.org/log
 * 8
 * XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 * </pre>
 *
 * @param origin     the log's unique name, conventionally a schema-less URL; non-empty
 * @param size       how many entries the tree holds
 * @param rootHash   its RFC 9162 root hash
 * @param extensions further non-empty lines a log may add; most have none
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        if (origin.isEmpty()) {
            throw new IllegalArgumentException("a checkpoint's origin is not empty");
        }
        requireLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("a tree has no " + size + " entries");
        }
        if (rootHash.length != MerkleLog.HASH_SIZE) {
            throw new IllegalArgumentException("a root hash has " + MerkleLog.HASH_SIZE + " bytes, not "
                    + rootHash.length);
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String extension : extensions) {
            if (extension.isEmpty()) {
                throw new IllegalArgumentException("an extension line is not empty");
            }
            requireLine(extension, "extension line");
        }
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /** The checkpoint of a log's first {@code size} entries. */
    public static Checkpoint of(String origin, MerkleLog log, long size) {
        return new Checkpoint(origin, size, log.rootHash(size));
    }

    /** The note text: origin, size, base64 root hash and extension lines, each followed by a newline. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    /**
     * Reads a checkpoint body strictly: at least three lines, each ending in a newline and none empty; the size in
     * decimal without sign or leading zero; the root hash exactly as standard base64 writes 32 bytes.
     *
     * @throws InvalidNoteException naming the line that is wrong
     */
    public static Checkpoint parse(String body) throws InvalidNoteException {
        var problem = NoteSyntax.problem(body);
        if (problem.isPresent()) {
            throw new InvalidNoteException("checkpoint: " + problem.get());
        }
        if (!body.endsWith("\n")) {
            throw new InvalidNoteException("checkpoint: the last line does not end in a newline");
        }
        List<String> lines = List.of(body.substring(0, body.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw new InvalidNoteException("checkpoint: " + lines.size() + " lines; origin, size and root hash are 3");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                throw new InvalidNoteException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        byte[] root = NoteSyntax.base64(lines.get(2))
                .filter(bytes -> bytes.length == MerkleLog.HASH_SIZE)
                .orElseThrow(() -> new InvalidNoteException("checkpoint line 3: '" + lines.get(2)
                        + "' is not a 32-byte root hash in standard base64"));
        return new Checkpoint(lines.get(0), size(lines.get(1)), root, lines.subList(3, lines.size()));
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + size + ", " + HexFormat.of().formatHex(rootHash)
                + (extensions.isEmpty() ? "" : ", " + extensions) + "]";
    }

    private static long size(String line) throws InvalidNoteException {
        if (!line.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidNoteException("checkpoint line 2: '" + line + "' is not a decimal tree size");
        }
        if (line.length() > 1 && line.charAt(0) == '0') {
            throw new InvalidNoteException("checkpoint line 2: the tree size '" + line + "' has a leading zero");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new InvalidNoteException("checkpoint line 2: the tree size " + line + " is too large");
        }
    }

    private static void requireLine(String text, String what) {
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the " + what + " is one line");
        }
        NoteSyntax.problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException("the " + what + " holds " + problem);
        });
    }
}
