package org.primarysources.archive.core.source;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.primarysources.archive.core.error.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A historical date known to the day, the month or only the year, possibly "circa". Written as ISO 8601
 * ({@code 1939-10-10}, {@code 1939-10}, {@code 1939}); years 1–9999.
 */
@JsonbTypeAdapter(PartialDateAdapter.class)
public record PartialDate(int year, Integer month, Integer day, boolean circa) {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new InvalidInputException("date", "year " + year + " is out of range (1–9999)");
        }
        if (day != null && month == null) {
            throw new InvalidInputException("date", "a day needs a month");
        }
        try {
            LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        } catch (DateTimeException e) {
            throw new InvalidInputException("date", "not a calendar date: " + e.getMessage());
        }
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** Parses {@code 1939-10-10}, {@code 1939-10}, {@code 1939}, optionally prefixed {@code ~} or {@code circa }. */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        boolean circa = false;
        if (value.startsWith("~")) {
            circa = true;
            value = value.substring(1).trim();
        } else if (value.regionMatches(true, 0, "circa ", 0, 6)) {
            circa = true;
            value = value.substring(6).trim();
        }
        if (!value.matches("\\d{1,4}(-\\d{2}(-\\d{2})?)?")) {
            throw new InvalidInputException("date",
                    "write a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally ~ for circa)");
        }
        String[] parts = value.split("-");
        return new PartialDate(Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : null,
                parts.length > 2 ? Integer.parseInt(parts[2]) : null,
                circa);
    }

    /** ISO 8601 text with the known parts, prefixed {@code ~} when circa. */
    @Override
    public String toString() {
        StringBuilder iso = new StringBuilder(circa ? "~" : "").append(String.format("%04d", year));
        if (month != null) {
            iso.append(String.format("-%02d", month));
        }
        if (day != null) {
            iso.append(String.format("-%02d", day));
        }
        return iso.toString();
    }
}
