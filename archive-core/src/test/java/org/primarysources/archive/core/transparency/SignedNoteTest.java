package org.primarysources.archive.core.transparency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed notes as C2SP defines them, proven against the vectors of Go's {@code golang.org/x/mod/sumdb/note} (its
 * tests and package documentation): Go's keys, Go's signed note, and the manglings Go refuses.
 */
class SignedNoteTest {

    private static final String PETER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String PETER_PRIVATE_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String ENOCH_KEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIGNATURE = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZIn"
            + "NIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String ENOCH_SIGNATURE = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOH"
            + "p+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    @Test
    void goesSignedNoteVerifiesWithGoesVerifierKey() throws InvalidNoteException {
        NoteVerifier peter = NoteVerifier.parse(PETER_KEY);
        assertThat(peter.name()).isEqualTo("PeterNeumann");
        assertThat(peter.keyHash()).isEqualTo(0xc74f20a3);
        assertThat(peter.verifierKey()).isEqualTo(PETER_KEY);

        SignedNote note = peter.open(TEXT + "\n" + PETER_SIGNATURE);

        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.name()).isEqualTo("PeterNeumann");
            assertThat(signature.keyHash()).isEqualTo(0xc74f20a3);
            assertThat(signature.signature()).hasSize(64);
        });
        assertThat(note.message()).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
    }

    @Test
    void aNoteSignedTwiceOpensWithEitherKeyAndKeepsTheOtherSignature() throws InvalidNoteException {
        String message = TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE;
        assertThat(NoteVerifier.parse(PETER_KEY).open(message).signatures()).hasSize(2);
        assertThat(NoteVerifier.parse(ENOCH_KEY).open(message).text()).isEqualTo(TEXT);
        assertThat(NoteVerifier.parse(ENOCH_KEY).open(TEXT + "\n" + ENOCH_SIGNATURE).signatures())
                .extracting(SignedNote.Signature::name).containsExactly("EnochRoot");
    }

    @Test
    void goesPrivateKeySignsExactlyAsGoDoes(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("peter.key");
        Files.writeString(file, PETER_PRIVATE_KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        LogKey peter = LogKey.load(file);

        assertThat(peter.verifierKey()).isEqualTo(PETER_KEY);
        assertThat(SignedNote.sign(TEXT, peter).message()).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
    }

    @Test
    void aNoteWithoutThisKeysSignatureIsRefused() {
        assertThatThrownBy(() -> NoteVerifier.parse(PETER_KEY).open(TEXT + "\n" + ENOCH_SIGNATURE))
                .isInstanceOf(InvalidNoteException.class)
                .hasMessage("the note has no signature by PeterNeumann+c74f20a3");
        String otherKeyHash = PETER_SIGNATURE.replace("x08g", "xxxx");
        assertThatThrownBy(() -> NoteVerifier.parse(PETER_KEY).open(TEXT + "\n" + otherKeyHash))
                .isInstanceOf(InvalidNoteException.class).hasMessageContaining("no signature by PeterNeumann");
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRefused() {
        NoteVerifier peter = NoteVerifier.parse(PETER_KEY);
        String longer = PETER_SIGNATURE.substring(0, 60) + "ABCD" + PETER_SIGNATURE.substring(60);
        String changed = PETER_SIGNATURE.substring(0, 60) + "A" + PETER_SIGNATURE.substring(61);
        for (String message : List.of(TEXT + "\n" + longer, TEXT + "\n" + changed,
                TEXT.replace("problem,", "problem;") + "\n" + PETER_SIGNATURE,
                TEXT + "\n" + ENOCH_SIGNATURE + longer)) {
            assertThatThrownBy(() -> peter.open(message)).as(message).isInstanceOf(InvalidNoteException.class)
                    .hasMessage("the signature by PeterNeumann+c74f20a3 does not verify");
        }
    }

    @Test
    void malformedNotesAreRefused() throws InvalidNoteException {
        List<String> malformed = List.of(
                TEXT,
                TEXT + "\n",
                TEXT + "\n" + PETER_SIGNATURE.substring(0, PETER_SIGNATURE.length() - 1),
                "\u0001" + TEXT + "\n" + PETER_SIGNATURE,
                "\ud800" + TEXT + "\n" + PETER_SIGNATURE,
                TEXT + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngo"
                        + "tpRZb6KE6RyyBwJnAM=",
                TEXT + "\n" + PETER_SIGNATURE + "Unexpected line.\n",
                TEXT + "\n" + PETER_SIGNATURE.replace("—", "-"),
                TEXT + "\n" + "— PeterNeumann\n",
                TEXT + "\n" + "— Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgK"
                        + "vqfqdngotpRZb6KE6RyyBwJnAM=\n",
                TEXT + "\n" + "— PeterNeumann x08go/Z=\n",
                TEXT + "\n" + "— PeterNeumann x08g\n",
                (TEXT + "\n" + PETER_SIGNATURE).replace("\n", "\r\n"),
                TEXT + "\n" + PETER_SIGNATURE.repeat(SignedNote.MAX_SIGNATURES + 1));
        NoteVerifier peter = NoteVerifier.parse(PETER_KEY);
        for (String message : malformed) {
            assertThatThrownBy(() -> peter.open(message)).as(message).isInstanceOf(InvalidNoteException.class)
                    .hasMessageStartingWith("malformed note: ");
        }
        assertThat(peter.open(TEXT + "\n" + PETER_SIGNATURE.repeat(SignedNote.MAX_SIGNATURES))
                .signatures()).hasSize(SignedNote.MAX_SIGNATURES);
    }

    @Test
    void everyManglingOfAVerifierKeyIsRefused() {
        for (int start = 0; start < PETER_KEY.length(); start++) {
            for (int end = start + 1; end <= PETER_KEY.length(); end++) {
                if (start > 0 || end < PETER_KEY.length()) {
                    String part = PETER_KEY.substring(start, end);
                    assertThatThrownBy(() -> NoteVerifier.parse(part)).as(part)
                            .isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
        for (int i = 0; i < PETER_KEY.length(); i++) {
            String changed = PETER_KEY.substring(0, i) + (char) (PETER_KEY.charAt(i) + 1) + PETER_KEY.substring(i + 1);
            assertThatThrownBy(() -> NoteVerifier.parse(changed)).as(changed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> NoteVerifier.parse(
                "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteVerifier.parse(
                "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining("not an Ed25519 key");
    }

    @Test
    void aGeneratedKeySignsNotesItsPublishedVerifierKeyOpens() throws InvalidNoteException {
        LogKey key = LogKey.generate("archive.example.org/log");
        LogKey witness = LogKey.generate("witness.example.org");
        String message = SignedNote.sign("archive.example.org/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
                key, witness).message();

        NoteVerifier verifier = NoteVerifier.parse(key.verifierKey());

        assertThat(verifier).isEqualTo(key.verifier());
        assertThat(verifier.open(message).signatures()).extracting(SignedNote.Signature::name)
                .containsExactly("archive.example.org/log", "witness.example.org");
        assertThat(NoteVerifier.parse(witness.verifierKey()).open(message).text()).startsWith("archive.example.org");
        assertThat(SignedNote.parse(message)).isEqualTo(SignedNote.parse(message));
        assertThatThrownBy(() -> LogKey.generate("other").verifier().open(message))
                .isInstanceOf(InvalidNoteException.class);
    }

    @Test
    void onlyTextANoteCanCarryIsSigned() {
        LogKey key = LogKey.generate("archive.example.org/log");
        for (String text : List.of("", "no final newline", "a\ttab\n", "\ud800\n")) {
            assertThatThrownBy(() -> SignedNote.sign(text, key)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SignedNote.sign("text\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogKey.generate("a name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogKey.generate("a+b")).isInstanceOf(IllegalArgumentException.class);
    }
}
