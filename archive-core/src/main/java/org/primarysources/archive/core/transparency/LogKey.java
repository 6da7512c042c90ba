package org.primarysources.archive.core.transparency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The log's signing key: an Ed25519 key pair under a name (conventionally the log's origin). It signs checkpoints;
 * its {@linkplain #verifierKey() verifier key} is what the archive publishes for readers.
 *
 * <p>On disk it is one line in the form Go's {@code golang.org/x/mod/sumdb/note} reads and writes,
 * {@code PRIVATE+KEY+name+keyhash+base64(0x01 ‖ 32-byte seed)}, in a file only its owner may read or change (mode
 * 600): {@link #save} creates it so and {@link #load} refuses anything more open.
 */
public final class LogKey {

    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_PERMISSIONS = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final KeyPair pair;
    private final NoteVerifier verifier;

    private LogKey(String name, KeyPair pair) {
        this.pair = pair;
        this.verifier = NoteVerifier.of(name, Ed25519.raw(pair.getPublic()));
    }

    /** A new key from the runtime's strong randomness. */
    public static LogKey generate(String name) {
        return new LogKey(name, Ed25519.generate());
    }

    /**
     * Writes the key to a new file with mode 600.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the file exists: a key is never overwritten
     */
    public void save(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            Files.writeString(file, signerKey() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Reads a key {@link #save} wrote (or Go's {@code note.GenerateKey} made).
     *
     * @throws IOException if the file cannot be read, group or others may read or change it, or it holds no key
     *                     (the message names the file)
     */
    public static LogKey load(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_PERMISSIONS.containsAll(permissions)) {
            throw new IOException("log key " + file + " has mode " + PosixFilePermissions.toString(permissions)
                    + ": group or others may read or change it; chmod 600 " + file);
        }
        String line = Files.readString(file, StandardCharsets.UTF_8).strip();
        String[] parts = line.startsWith(PRIVATE_PREFIX)
                ? line.substring(PRIVATE_PREFIX.length()).split("\\+", 3) : new String[0];
        if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{8}")) {
            throw new IOException("log key " + file + " is not PRIVATE+KEY+name+keyhash+key");
        }
        byte[] key = NoteSyntax.base64(parts[2])
                .filter(bytes -> bytes.length == 1 + Ed25519.KEY_SIZE && bytes[0] == NoteSyntax.ED25519)
                .orElseThrow(() -> new IOException("log key " + file + " holds no Ed25519 seed"));
        LogKey loaded;
        try {
            loaded = new LogKey(parts[0], Ed25519.fromSeed(Arrays.copyOfRange(key, 1, key.length)));
        } catch (IllegalArgumentException e) {
            throw new IOException("log key " + file + ": " + e.getMessage(), e);
        }
        if (loaded.keyHash() != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IOException("log key " + file + ": the key hash " + parts[1] + " is not that of its key");
        }
        return loaded;
    }

    public String name() {
        return verifier.name();
    }

    public int keyHash() {
        return verifier.keyHash();
    }

    /** The Ed25519 signature (64 bytes) of {@code message}. */
    public byte[] sign(byte[] message) {
        return Ed25519.sign(pair.getPrivate(), message);
    }

    /** Whether {@code signature} is this key's over {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        return verifier.verify(message, signature);
    }

    /** {@code name+keyhash+base64(0x01 ‖ public key)}: what readers need to check the log's notes. */
    public String verifierKey() {
        return verifier.verifierKey();
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    /** Names the key by its public half only. */
    @Override
    public String toString() {
        return "LogKey[" + verifierKey() + "]";
    }

    private String signerKey() {
        byte[] seed = NoteSyntax.withAlgorithm(Ed25519.seed(pair.getPrivate()));
        return PRIVATE_PREFIX + name() + "+" + NoteSyntax.hex(keyHash()) + "+"
                + Base64.getEncoder().encodeToString(seed);
    }
}
