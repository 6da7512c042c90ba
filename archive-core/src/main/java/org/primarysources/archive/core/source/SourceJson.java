package org.primarysources.archive.core.source;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;

/** Reads a source version's stored canonical JSON back into its content. */
final class SourceJson {

    private SourceJson() {
    }

    static SourceContent read(String json, String transcription) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        return new SourceContent(o.getString("title"), SourceType.valueOf(o.getString("type")),
                PartialDate.parse(text(o, "date")), strings(o, "languages"), text(o, "holdingInstitution"),
                text(o, "callNumber"), text(o, "url"), text(o, "rights"), strings(o, "subjects"), transcription);
    }

    static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    static List<String> strings(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name).getValuesAs(JsonString::getString) : List.of();
    }
}
