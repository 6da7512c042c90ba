package org.primarysources.archive.core.source;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Dates travel as ISO 8601 text with their precision: {@code "1939-10-10"}, {@code "1939-10"}, {@code "~1939"}. */
public class PartialDateAdapter implements JsonbAdapter<PartialDate, String> {

    @Override
    public String adaptToJson(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate adaptFromJson(String text) {
        return PartialDate.parse(text);
    }
}
