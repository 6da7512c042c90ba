package org.primarysources.archive.core.transparency;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checkpoints as C2SP tlog-checkpoint writes them, read back strictly, and signed end to end. */
class CheckpointTest {

    private static final String ORIGIN = "archive.example.org/log";
    /** The root of RFC 6962's eight-entry reference tree. */
    private static final String ROOT = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";

    @Test
    void theBodyIsOriginSizeAndBase64RootOnALineEach() throws InvalidNoteException {
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, Base64.getDecoder().decode(ROOT));

        assertThat(checkpoint.body()).isEqualTo(ORIGIN + "\n8\n" + ROOT + "\n");
        assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
    }

    @Test
    void extensionLinesComeBackAsTheyWere() throws InvalidNoteException {
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 20852163, Base64.getDecoder().decode(ROOT),
                List.of("timestamp 1733254800", "— looks like a signature, is an extension"));

        Checkpoint read = Checkpoint.parse(checkpoint.body());

        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.extensions()).hasSize(2);
        assertThat(read.body()).isEqualTo(checkpoint.body());
    }

    @Test
    void theSpecificationsExampleReads() throws InvalidNoteException {
        Checkpoint checkpoint = Checkpoint.parse(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");

        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163);
        assertThat(checkpoint.rootHash()).hasSize(32);
        assertThat(checkpoint.extensions()).isEmpty();
    }

    @Test
    void malformedBodiesAreRefusedNamingTheLine() {
        Map<String, String> malformed = Map.ofEntries(
                Map.entry("", "does not end in a newline"),
                Map.entry(ORIGIN + "\n8\n" + ROOT, "does not end in a newline"),
                Map.entry(ORIGIN + "\n8\n", "2 lines"),
                Map.entry("\n8\n" + ROOT + "\n", "line 1 is empty"),
                Map.entry(ORIGIN + "\n8\n" + ROOT + "\n\n", "line 4 is empty"),
                Map.entry(ORIGIN + "\n\n" + ROOT + "\n", "line 2 is empty"),
                Map.entry(ORIGIN + "\n08\n" + ROOT + "\n", "leading zero"),
                Map.entry(ORIGIN + "\n+8\n" + ROOT + "\n", "not a decimal tree size"),
                Map.entry(ORIGIN + "\n-8\n" + ROOT + "\n", "not a decimal tree size"),
                Map.entry(ORIGIN + "\n 8\n" + ROOT + "\n", "not a decimal tree size"),
                Map.entry(ORIGIN + "\n8.0\n" + ROOT + "\n", "not a decimal tree size"),
                Map.entry(ORIGIN + "\n٨\n" + ROOT + "\n", "not a decimal tree size"),
                Map.entry(ORIGIN + "\n9223372036854775808\n" + ROOT + "\n", "too large"),
                Map.entry(ORIGIN + "\n8\n" + ROOT.replace("=", "") + "\n", "line 3"),
                Map.entry(ORIGIN + "\n8\n" + ROOT.replace("g=", "h=") + "\n", "line 3"),
                Map.entry(ORIGIN + "\n8\n" + "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQw==\n", "line 3"),
                Map.entry(ORIGIN + "\n8\n" + ROOT.replace('+', '-') + "\n", "line 3"),
                Map.entry(ORIGIN + "\n8\n" + ROOT + " \n", "line 3"),
                Map.entry(ORIGIN + "\r\n8\r\n" + ROOT + "\r\n", "control character U+000D"),
                Map.entry(ORIGIN + "\t\n8\n" + ROOT + "\n", "control character U+0009"));
        malformed.forEach((body, problem) -> assertThatThrownBy(() -> Checkpoint.parse(body)).as(body)
                .isInstanceOf(InvalidNoteException.class).hasMessageContaining("checkpoint")
                .hasMessageContaining(problem));
    }

    @Test
    void aCheckpointThatCouldNotBeReadBackCannotBeMade() {
        byte[] root = Base64.getDecoder().decode(ROOT);
        assertThatThrownBy(() -> new Checkpoint("", 8, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("two\nlines", 8, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, -1, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 8, new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 8, root, List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 8, root, List.of("a\u0000b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointIsAValue() {
        byte[] root = Base64.getDecoder().decode(ROOT);
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, root);
        root[0] ^= 1;
        checkpoint.rootHash()[1] ^= 1;

        assertThat(checkpoint.body()).contains(ROOT);
        assertThat(checkpoint).isEqualTo(new Checkpoint(ORIGIN, 8, Base64.getDecoder().decode(ROOT)))
                .hasSameHashCodeAs(new Checkpoint(ORIGIN, 8, Base64.getDecoder().decode(ROOT)))
                .isNotEqualTo(new Checkpoint(ORIGIN, 8, root));
    }

    @Test
    void aReaderHoldingASignedCheckpointChecksAnEntryAndTheNextCheckpoint() throws InvalidNoteException {
        LogKey key = LogKey.generate(ORIGIN);
        String verifierKey = key.verifierKey();
        MerkleLog log = MerkleLogTest.logOf(1000);
        String kept = SignedNote.sign(Checkpoint.of(ORIGIN, log, 700).body(), key).message();
        String latest = SignedNote.sign(Checkpoint.of(ORIGIN, log, 1000).body(), key).message();

        NoteVerifier verifier = NoteVerifier.parse(verifierKey);
        Checkpoint old = Checkpoint.parse(verifier.open(kept).text());
        Checkpoint current = Checkpoint.parse(verifier.open(latest).text());

        assertThat(MerkleLog.verifyInclusion(MerkleLog.leafHash(MerkleLogTest.entry(321)), 321, old.size(),
                log.inclusionProof(321, 700), old.rootHash())).isTrue();
        assertThat(MerkleLog.verifyConsistency(old.size(), current.size(), old.rootHash(), current.rootHash(),
                log.consistencyProof(700, 1000))).isTrue();
        assertThat(MerkleLog.verifyInclusion(MerkleLog.leafHash(MerkleLogTest.entry(322)), 321, old.size(),
                log.inclusionProof(321, 700), old.rootHash())).isFalse();
        String forged = latest.replace("\n1000\n", "\n1001\n");
        assertThatThrownBy(() -> verifier.open(forged)).isInstanceOf(InvalidNoteException.class)
                .hasMessageContaining("does not verify");
    }
}
