package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.CanonicalJson;

import java.util.Map;

/** A proposed source content as a change request keeps it: JSON including the transcription text. */
public final class SourceDrafts {

    private SourceDrafts() {
    }

    public static String write(SourceContent content) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(content.toCanonical(null));
        json.put("transcription", content.transcription());
        return CanonicalJson.write(json);
    }

    public static SourceContent read(String json) {
        jakarta.json.JsonObject o = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        return SourceJson.read(json, o.getString("transcription", ""));
    }
}
