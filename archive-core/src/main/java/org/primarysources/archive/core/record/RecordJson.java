package org.primarysources.archive.core.record;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.TransitionSummary;
import org.primarysources.archive.core.source.PartialDate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record version's content as stored and hashed: canonical JSON of what the author wrote plus the citations
 * as resolved on publication (position, text hash, verification).
 */
final class RecordJson {

    /** What a stored version holds. */
    record Stored(RecordContent content, List<CitationDetails> citations, boolean retracted) {
    }

    private RecordJson() {
    }

    static Map<String, Object> canonical(RecordContent c, List<CitationDetails> citations, boolean retracted) {
        return canonical(c, citations, retracted, List.of());
    }

    /** With the review trail of the change that produced the version (hashed with it). */
    static Map<String, Object> canonical(RecordContent c, List<CitationDetails> citations, boolean retracted,
                                         List<TransitionSummary> review) {
        Map<String, Object> json = fields(c);
        json.put("translations", translations(c).stream()
                .map(t -> map("language", t.language(), "text", t.text())).toList());
        json.put("date", json.get("date") == null ? null : json.get("date").toString());
        json.put("citations", citations.stream().map(RecordJson::citation).toList());
        json.put("retracted", retracted ? Boolean.TRUE : null);
        json.put("review", review.isEmpty() ? null : review.stream().map(RecordJson::transition).toList());
        return json;
    }

    /**
     * Every field a record can have but its citations, in the stored order, null (or empty) where the content's
     * kind has no such field: the one flat view of the three kinds, for hashing and for showing field by field.
     */
    static Map<String, Object> fields(RecordContent content) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", content.kind());
        json.put("sourceId", content.sourceId());
        json.put("label", content instanceof ClauseContent c ? c.label() : null);
        json.put("ordinal", content instanceof ClauseContent c ? c.ordinal() : null);
        json.put("text", content.text());
        json.put("language", content.language());
        json.put("translations", translations(content));
        json.put("speakerId", content instanceof QuoteContent q ? q.speakerId() : null);
        json.put("date", content instanceof ClauseContent c ? c.date()
                : content instanceof QuoteContent q ? q.date() : null);
        json.put("occasion", content instanceof QuoteContent q ? q.occasion() : null);
        json.put("attribution", content instanceof QuoteContent q ? q.attribution() : null);
        json.put("name", content instanceof EntityContent e ? e.name() : null);
        json.put("alternativeNames", content instanceof EntityContent e ? e.alternativeNames() : List.of());
        json.put("entityType", content instanceof EntityContent e ? e.entityType() : null);
        return json;
    }

    static List<Translation> translations(RecordContent content) {
        return content instanceof ClauseContent c ? c.translations()
                : content instanceof QuoteContent q ? q.translations() : List.of();
    }

    private static Map<String, Object> transition(TransitionSummary t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("change", t.changeId());
        json.put("from", t.from());
        json.put("to", t.to());
        json.put("actor", t.actor());
        json.put("at", t.at().toString());
        json.put("comment", t.comment());
        return json;
    }

    private static Map<String, Object> citation(CitationDetails d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", d.source());
        json.put("sourceVersion", d.sourceVersion());
        json.put("label", d.label());
        json.put("locator", d.locator());
        json.put("exact", d.exact());
        json.put("prefix", d.prefix());
        json.put("suffix", d.suffix());
        json.put("start", d.start());
        json.put("end", d.end());
        json.put("textHash", d.textHash());
        json.put("verification", d.verification());
        return json;
    }

    /** Looked up once: Json.createReader() runs the service loader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    static Stored read(String json) {
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        List<Translation> translations = new ArrayList<>();
        for (JsonValue t : array(o, "translations")) {
            translations.add(new Translation(text(t.asJsonObject(), "language"), text(t.asJsonObject(), "text")));
        }
        List<CitationDetails> citations = new ArrayList<>();
        List<CitationInput> inputs = new ArrayList<>();
        for (JsonValue value : array(o, "citations")) {
            JsonObject c = value.asJsonObject();
            CitationDetails details = new CitationDetails(
                    c.get("source") instanceof JsonNumber source
                            ? source.longValue()
                            : o.getJsonNumber("sourceId").longValue(),
                    null, integer(c, "sourceVersion"), text(c, "label"), text(c, "locator"), text(c, "exact"),
                    text(c, "prefix"), text(c, "suffix"), integer(c, "start"), integer(c, "end"),
                    text(c, "textHash"), c.get("verification") instanceof JsonString v
                    ? Verification.valueOf(v.getString()) : null);
            citations.add(details);
            inputs.add(new CitationInput(details.sourceVersion(), details.label(), details.locator(),
                    details.exact(), details.prefix(), details.suffix()));
        }
        long sourceId = o.getJsonNumber("sourceId").longValue();
        PartialDate date = PartialDate.parse(text(o, "date"));
        RecordContent content = switch (RecordKind.valueOf(o.getString("kind"))) {
            case CLAUSE -> new ClauseContent(sourceId, text(o, "label"), integer(o, "ordinal"), o.getString("text"),
                    text(o, "language"), translations, date, inputs);
            case QUOTE -> new QuoteContent(sourceId, o.getString("text"), text(o, "language"), translations,
                    o.get("speakerId") instanceof JsonNumber n ? n.longValue() : null, date, text(o, "occasion"),
                    o.get("attribution") instanceof JsonString a ? Attribution.valueOf(a.getString()) : null, inputs);
            case ENTITY -> new EntityContent(sourceId, text(o, "name"),
                    array(o, "alternativeNames").getValuesAs(JsonString::getString),
                    o.get("entityType") instanceof JsonString e ? EntityType.valueOf(e.getString()) : null,
                    o.getString("text"), text(o, "language"), inputs);
            case SOURCE -> throw new IllegalArgumentException("a stored record is never of kind SOURCE");
        };
        return new Stored(content, citations, o.getBoolean("retracted", false));
    }

    private static JsonArray array(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Integer integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
