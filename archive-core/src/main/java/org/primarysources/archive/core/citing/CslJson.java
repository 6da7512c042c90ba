package org.primarysources.archive.core.citing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.primarysources.archive.core.source.PartialDate;

import java.time.LocalDate;

/**
 * A cited item as CSL-JSON: an array of one item, the shape Zotero, Mendeley and citeproc processors import (a
 * {@link CitationList} writes many items into one array).
 * {@code locator} and {@code label} travel with the item so a reference manager can pin the cite; the notes are
 * one {@code key: value} per line, the convention Zotero's "Extra" field uses.
 */
final class CslJson {

    // Json.createObjectBuilder() looks the provider up anew on every call
    private static final JsonProvider JSON = JsonProvider.provider();

    private CslJson() {
    }

    static String write(CitedItem item) {
        return JSON.createArrayBuilder().add(item(item)).build().toString();
    }

    /** The item itself, an element of a CSL-JSON array. */
    static JsonObject item(CitedItem item) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", item.id())
                .add("type", item.cslType())
                .add("title", item.title());
        add(json, "container-title", item.containerTitle());
        if (item.author() != null) {
            json.add("author", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("literal", item.author())));
        }
        if (item.issued() != null) {
            json.add("issued", date(item.issued()));
        }
        add(json, "page", item.page());
        add(json, "locator", item.locator());
        add(json, "label", item.label());
        json.add("URL", item.url().toString());
        json.add("accessed", date(item.accessed()));
        add(json, "archive", item.archive());
        add(json, "archive_location", item.archiveLocation());
        add(json, "language", item.language());
        if (!item.notes().isEmpty()) {
            json.add("note", String.join("\n", item.notes()));
        }
        return json.build();
    }

    private static JsonObjectBuilder date(PartialDate date) {
        JsonArrayBuilder parts = JSON.createArrayBuilder().add(date.year());
        if (date.month() != null) {
            parts.add(date.month());
        }
        if (date.day() != null) {
            parts.add(date.day());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("date-parts", JSON.createArrayBuilder().add(parts));
        return date.circa() ? json.add("circa", true) : json;
    }

    private static JsonObjectBuilder date(LocalDate date) {
        return date(new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false));
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
