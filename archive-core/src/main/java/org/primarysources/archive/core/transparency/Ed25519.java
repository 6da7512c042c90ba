package org.primarysources.archive.core.transparency;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 through {@code java.security} with keys as signed notes write them: the raw 32-byte public key and the
 * 32-byte private seed (RFC 8032), not X.509 or PKCS #8.
 */
final class Ed25519 {

    static final int KEY_SIZE = 32;
    static final int SIGNATURE_SIZE = 64;

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final String ALGORITHM = "Ed25519";

    private Ed25519() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /**
     * The key pair of a seed. {@code java.security} has no call that derives an Ed25519 public key; its generator
     * does, from the 32 bytes it draws, so it is handed the seed as its only randomness. Callers check the result
     * (a key hash covers the public key).
     */
    static KeyPair fromSeed(byte[] seed) {
        if (seed.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed has " + KEY_SIZE + " bytes, not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedOnly(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("this runtime's Ed25519 generator did not take the seed given");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has " + KEY_SIZE + " bytes, not " + raw.length);
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    static byte[] seed(PrivateKey key) {
        if (key instanceof EdECPrivateKey edEc) {
            return edEc.getBytes().orElseThrow(() -> new IllegalArgumentException("the private key hides its seed"));
        }
        throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s over {@code message}; false for a signature of the wrong form. */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    /** Randomness that is one seed: the generator's only draw. */
    private static final class SeedOnly extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private boolean drawn;

        SeedOnly(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            if (drawn || bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 generator drew other randomness than one seed");
            }
            drawn = true;
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
