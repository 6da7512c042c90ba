package org.primarysources.archive.core.harvesting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primarysources.archive.core.harvesting.OaiError.OaiException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumptionTokenTest {

    private static final PublicationCursor AFTER = new PublicationCursor(
            Instant.parse("2026-12-04T17:26:44.123456Z"), ItemType.SOURCE, 9_007_199_254_740_993L);

    @Test
    void aTokenKeepsTheRequestAndTheCursorToTheMicrosecond() {
        ResumptionToken token = new ResumptionToken("oai_dc", HarvestSet.parse("source:3").orElseThrow(),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"), AFTER);

        ResumptionToken read = ResumptionToken.decodeItems(token.encode());

        assertThat(read).isEqualTo(token);
        assertThat(read.set().sourceId()).isEqualTo(3L);
    }

    @Test
    void aTokenWithoutBoundsOrSetReadsBackWithout() {
        ResumptionToken token = new ResumptionToken("oai_dc", null, null, null, AFTER);

        assertThat(ResumptionToken.decodeItems(token.encode())).isEqualTo(token);
    }

    @Test
    void aTokenIsUrlSafe() {
        String token = new ResumptionToken("oai_dc", HarvestSet.parse("kind:quote").orElseThrow(), null, null, AFTER)
                .encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aListOfSetsResumesAfterItsLastSource() {
        assertThat(ResumptionToken.decodeSets(ResumptionToken.encodeSets(42))).isEqualTo(42);
    }

    @Test
    void aSetsTokenDoesNotResumeAListOfItemsNorTheOtherWayRound() {
        String sets = ResumptionToken.encodeSets(42);
        String items = new ResumptionToken("oai_dc", null, null, null, AFTER).encode();

        assertThatThrownBy(() -> ResumptionToken.decodeItems(sets)).isInstanceOf(OaiException.class)
                .extracting(e -> ((OaiException) e).error()).isEqualTo(OaiError.BAD_RESUMPTION_TOKEN);
        assertThatThrownBy(() -> ResumptionToken.decodeSets(items)).isInstanceOf(OaiException.class)
                .extracting(e -> ((OaiException) e).error()).isEqualTo(OaiError.BAD_RESUMPTION_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "!!!", "aXRlbXM", "aXRlbXN8b2FpX2RjfC18LXwtfDF8UkVDT1JEfHg",
            "aXRlbXN8b2FpX2RjfGNvbG91cjpyZWR8LXwtfDF8UkVDT1JEfDE", "aXRlbXN8b2FpX2RjfC18LXwtfDF8UE9FTXwx"})
    void anythingElseIsABadResumptionToken(String token) {
        assertThatThrownBy(() -> ResumptionToken.decodeItems(token)).isInstanceOf(OaiException.class)
                .extracting(e -> ((OaiException) e).error()).isEqualTo(OaiError.BAD_RESUMPTION_TOKEN);
    }
}
