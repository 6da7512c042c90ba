package org.primarysources.archive.core.harvesting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OAI-PMH's UTC datestamps. The archive writes them to the second ({@code 2026-12-04T17:26:44Z}, its granularity)
 * and reads both granularities a harvester may send: a day ({@code 2026-12-04}) or a second. A bound covers its
 * whole day or second: {@code until=2026-12-04} includes everything published that day.
 */
final class Datestamps {

    /** The granularity announced in Identify. */
    static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    /** Strict: no 24:00:00, no February 30th. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);

    private Datestamps() {
    }

    /** A datestamp as a harvester reads it: the time cut to the second, in UTC. */
    static String format(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The day or second a datestamp names, or empty when it is neither (or no date of the calendar). */
    static Optional<Bound> parse(String text) {
        try {
            if (DAY.matcher(text).matches()) {
                Instant start = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return Optional.of(new Bound(start, start.plus(1, ChronoUnit.DAYS), false));
            }
            if (SECOND.matcher(text).matches()) {
                Instant start = LocalDateTime.parse(text, SECONDS).toInstant(ZoneOffset.UTC);
                return Optional.of(new Bound(start, start.plusSeconds(1), true));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The span a datestamp names: from {@code start} (inclusive) to {@code end} (exclusive). */
    record Bound(Instant start, Instant end, boolean toTheSecond) {
    }
}
