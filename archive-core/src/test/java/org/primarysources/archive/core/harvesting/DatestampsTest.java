package org.primarysources.archive.core.harvesting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DatestampsTest {

    @Test
    void aDatestampIsWrittenToTheSecondInUtc() {
        assertThat(Datestamps.format(Instant.parse("2026-12-04T17:26:44.987654Z"))).isEqualTo("2026-12-04T17:26:44Z");
        assertThat(Datestamps.format(Instant.parse("2026-12-04T00:00:00Z"))).isEqualTo("2026-12-04T00:00:00Z");
    }

    @Test
    void aDayCoversTheWholeDay() {
        Datestamps.Bound day = Datestamps.parse("2026-02-28").orElseThrow();

        assertThat(day.start()).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(day.toTheSecond()).isFalse();
    }

    @Test
    void aSecondCoversTheWholeSecond() {
        Datestamps.Bound second = Datestamps.parse("2026-12-04T17:26:44Z").orElseThrow();

        assertThat(second.start()).isEqualTo(Instant.parse("2026-12-04T17:26:44Z"));
        assertThat(second.end()).isEqualTo(Instant.parse("2026-12-04T17:26:45Z"));
        assertThat(second.toTheSecond()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-12", "2026-12-4", "2026-12-04T17:26Z", "2026-12-04T17:26:44",
            "2026-12-04T17:26:44+01:00", "2026-12-04T17:26:44.5Z", "2026-02-30", "2026-13-01", "2026-12-04T24:00:00Z",
            " 2026-12-04", "2026-12-04 17:26:44Z", "2026-12-04t17:26:44z"})
    void anythingElseIsNoDatestamp(String text) {
        assertThat(Datestamps.parse(text)).isEmpty();
    }
}
