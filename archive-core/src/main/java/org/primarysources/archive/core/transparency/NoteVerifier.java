package org.primarysources.archive.core.transparency;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One key that signed notes are checked against, as C2SP signed-note writes it — the verifier key
 * {@code name+keyhash+base64(0x01 ‖ public key)}, e.g. {@code archive.example.org/log+1a2b3c4d+AXm…}: the key's name,
 * the first four bytes of {@code SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key)} in hex, and the Ed25519 public key after
 * its algorithm byte. This string is what a log publishes so that anyone can check its checkpoints.
 */
public final class NoteVerifier {

    private final String name;
    private final int keyHash;
    private final byte[] publicKey;
    private final PublicKey key;

    private NoteVerifier(String name, byte[] publicKey) {
        if (!NoteSyntax.isValidName(name)) {
            throw new IllegalArgumentException("'" + name + "' is no key name: it is empty or holds a space or a '+'");
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.key = Ed25519.publicKey(publicKey);
        this.keyHash = NoteSyntax.keyHash(name, NoteSyntax.withAlgorithm(publicKey));
    }

    /** The verifier of an Ed25519 public key (32 raw bytes) under a name. */
    public static NoteVerifier of(String name, byte[] ed25519PublicKey) {
        return new NoteVerifier(name, ed25519PublicKey);
    }

    /**
     * Reads a verifier key. Every part is checked: the name, the eight hex digits, the base64 (exactly as it encodes),
     * the algorithm (Ed25519 only), the key's length, and the key hash against the name and key.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static NoteVerifier parse(String verifierKey) {
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is name+keyhash+key, not '" + verifierKey + "'");
        }
        if (!parts[1].matches("[0-9a-fA-F]{8}")) {
            throw new IllegalArgumentException("the key hash '" + parts[1] + "' is not eight hex digits");
        }
        byte[] key = NoteSyntax.base64(parts[2])
                .orElseThrow(() -> new IllegalArgumentException("the key '" + parts[2] + "' is not standard base64"));
        if (key.length != 1 + Ed25519.KEY_SIZE || key[0] != NoteSyntax.ED25519) {
            throw new IllegalArgumentException("the key is not an Ed25519 key (algorithm 1, then 32 bytes)");
        }
        NoteVerifier verifier = new NoteVerifier(parts[0], Arrays.copyOfRange(key, 1, key.length));
        if (verifier.keyHash != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IllegalArgumentException("the key hash " + parts[1] + " is not that of " + parts[0]
                    + "'s key; it is " + NoteSyntax.hex(verifier.keyHash));
        }
        return verifier;
    }

    public String name() {
        return name;
    }

    /** The first four bytes of {@code SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key)}, big-endian. */
    public int keyHash() {
        return keyHash;
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** {@code name+keyhash+base64(0x01 ‖ public key)}. */
    public String verifierKey() {
        return name + "+" + NoteSyntax.hex(keyHash) + "+"
                + Base64.getEncoder().encodeToString(NoteSyntax.withAlgorithm(publicKey));
    }

    /** Whether {@code signature} (64 bytes, without the key hash) is this key's over {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(key, message, signature);
    }

    /**
     * Reads a signed note and checks it carries this key's signature and that the signature verifies; signatures by
     * other keys are kept but not checked. Returns the note, whose text can then be trusted.
     *
     * @throws InvalidNoteException if the note is malformed, has no signature by this key, or one that does not
     *                              verify
     */
    public SignedNote open(String message) throws InvalidNoteException {
        SignedNote note = SignedNote.parse(message);
        List<SignedNote.Signature> mine = note.signatures().stream()
                .filter(signature -> signature.name().equals(name) && signature.keyHash() == keyHash)
                .toList();
        if (mine.isEmpty()) {
            throw new InvalidNoteException("the note has no signature by " + name + "+" + NoteSyntax.hex(keyHash));
        }
        byte[] text = note.textBytes();
        for (SignedNote.Signature signature : mine) {
            if (!verify(text, signature.signature())) {
                throw new InvalidNoteException("the signature by " + name + "+" + NoteSyntax.hex(keyHash)
                        + " does not verify");
            }
        }
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return verifierKey();
    }
}
