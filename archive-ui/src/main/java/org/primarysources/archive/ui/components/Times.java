package org.primarysources.archive.ui.components;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the archive shows them: in UTC, to the minute, unambiguous for readers anywhere. */
public final class Times {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
