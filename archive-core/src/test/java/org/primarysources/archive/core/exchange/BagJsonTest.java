package org.primarysources.archive.core.exchange;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.CanonicalJson;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.record.RecordVersionCopy;
import org.primarysources.archive.core.source.SourceVersionCopy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A version's JSON in the bag gives back the very canonical text, and so the very hash, it was written from. */
class BagJsonTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:15:30.123456Z");

    @Test
    void aRecordVersionComesBackWithTheSameCanonicalContentAndHash() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("text", "„Šešupė“ — \"quoted\"\\ line\nbreak\ttab \u0001 ✓");
        content.put("sourceId", 12L);
        content.put("retracted", false);
        content.put("citations", List.of(Map.of("start", 0L, "end", 7L, "exact", "Šešupė"), List.of()));
        String canonical = CanonicalJson.write(content);
        String hash = HashChain.link(canonical, "ab".repeat(32));
        RecordVersionCopy version = new RecordVersionCopy(58, 2, canonical, hash, "ab".repeat(32), "VERIFIED",
                Activity.EDIT, "archivist", "editor", 7L, null, AT);

        String written = new String(BagJson.recordVersion(version), StandardCharsets.UTF_8);
        RecordVersionCopy read = BagJson.readRecordVersion(written);

        assertThat(read).isEqualTo(version);
        assertThat(HashChain.link(read.content(), read.previousHash())).isEqualTo(hash);
    }

    @Test
    void aSourceVersionNamesItsTranscriptionFile() {
        SourceVersionCopy version = new SourceVersionCopy(3, 1, "{\"title\":\"Treaty\"}", "text", "t".repeat(64),
                "h".repeat(64), null, Activity.IMPORT, "archivist", null, null, 4L, AT);

        String written = new String(BagJson.sourceVersion(version), StandardCharsets.UTF_8);

        assertThat(BagJson.object(written).getString("transcription")).isEqualTo("sources/3/versions/1.txt");
        assertThat(BagJson.readSourceVersion(written, "text")).isEqualTo(version);
    }

    @Test
    void aFractionInTheContentIsNoCanonicalContent() {
        assertThatThrownBy(() -> BagJson.readRecordVersion("{\"id\":1,\"version\":1,\"hash\":\"h\","
                + "\"verification\":\"VERIFIED\",\"activity\":\"EDIT\",\"author\":\"a\","
                + "\"createdAt\":\"2026-12-04T10:15:30Z\",\"content\":{\"n\":1.5}}"))
                .isInstanceOf(BagFileException.class).hasMessageContaining("integers only");
    }

    @Test
    void aMissingMemberIsNamed() {
        assertThatThrownBy(() -> BagJson.readRecordVersion("{\"id\":1,\"version\":1}"))
                .isInstanceOf(BagFileException.class).hasMessage("'content' is not a JSON object");
    }

    @Test
    void originalFileNamesBecomeOneSafePathSegment() {
        assertThat(BagLayout.safeName("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(BagLayout.safeName("..")).isEqualTo("original");
        assertThat(BagLayout.safeName(null)).isEqualTo("original");
        assertThat(BagLayout.safeName("100% Vertrag.txt")).isEqualTo("100% Vertrag.txt");
    }
}
