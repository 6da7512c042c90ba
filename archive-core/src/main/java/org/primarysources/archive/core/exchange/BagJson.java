package org.primarysources.archive.core.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.CanonicalJson;
import org.primarysources.archive.core.importing.ImportCopy;
import org.primarysources.archive.core.record.RecordVersionCopy;
import org.primarysources.archive.core.source.SourceVersionCopy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bag's JSON files: a version is its metadata (number, hash, previous hash, activity, author, approver, creation
 * time, verification, change and import) and its stored canonical content as a JSON object, so people read it and
 * the archive taking it in recomputes the canonical text — and from it the hash — exactly. Reading refuses a missing
 * or mistyped member with a {@link BagFileException} naming the member.
 */
final class BagJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private BagJson() {
    }

    static byte[] recordVersion(RecordVersionCopy v) {
        JsonObjectBuilder json = common("record", v.recordId(), v.number(), v.hash(), v.previousHash(), v.activity(),
                v.author(), v.approver(), v.createdAt(), v.changeId(), v.importId());
        json.add("verification", v.verification());
        json.add("content", parse(v.content()));
        return write(json.build());
    }

    static byte[] sourceVersion(SourceVersionCopy v) {
        JsonObjectBuilder json = common("source", v.sourceId(), v.number(), v.hash(), v.previousHash(), v.activity(),
                v.author(), v.approver(), v.createdAt(), v.changeId(), v.importId());
        json.add("transcriptionSha256", v.transcriptionSha256());
        json.add("transcription", BagLayout.transcription(v.sourceId(), v.number()));
        json.add("content", parse(v.content()));
        return write(json.build());
    }

    static RecordVersionCopy readRecordVersion(String json) {
        JsonObject o = object(json);
        return new RecordVersionCopy(number(o, "id"), (int) number(o, "version"), canonical(o), text(o, "hash"),
                optionalText(o, "previousHash"), text(o, "verification"), activity(o), text(o, "author"),
                optionalText(o, "approver"), optionalNumber(o, "changeId"), optionalNumber(o, "importId"),
                instant(o));
    }

    /** A source version; {@code transcription} is the text of the file the JSON names. */
    static SourceVersionCopy readSourceVersion(String json, String transcription) {
        JsonObject o = object(json);
        return new SourceVersionCopy(number(o, "id"), (int) number(o, "version"), canonical(o), transcription,
                text(o, "transcriptionSha256"), text(o, "hash"), optionalText(o, "previousHash"), activity(o),
                text(o, "author"), optionalText(o, "approver"), optionalNumber(o, "changeId"),
                optionalNumber(o, "importId"), instant(o));
    }

    static byte[] importBatch(ImportCopy batch, String originalPath) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", batch.importId())
                .add("fileSha256", batch.fileSha256())
                .add("importerVersion", batch.importerVersion())
                .add("archivist", batch.archivist())
                .add("clauses", batch.clauses())
                .add("quotes", batch.quotes())
                .add("entities", batch.entities())
                .add("createdAt", batch.createdAt().toString());
        addIfPresent(json, "fileName", batch.fileName());
        if (batch.sourceId() != null) {
            json.add("sourceId", batch.sourceId());
        }
        if (batch.sourceVersion() != null) {
            json.add("sourceVersion", batch.sourceVersion());
        }
        if (originalPath != null) {
            json.add("original", originalPath).add("mediaType", batch.mediaType());
        }
        return write(json.build());
    }

    /** A batch; {@code original} holds the bytes of the file the JSON names (null if it names none). */
    static ImportCopy readImportBatch(JsonObject o, byte[] original) {
        return new ImportCopy(number(o, "id"), optionalText(o, "fileName"), text(o, "fileSha256"),
                text(o, "importerVersion"), text(o, "archivist"), optionalNumber(o, "sourceId"),
                o.containsKey("sourceVersion") ? (int) number(o, "sourceVersion") : null, (int) number(o, "clauses"),
                (int) number(o, "quotes"), (int) number(o, "entities"), instant(o),
                original == null ? null : text(o, "mediaType"), original);
    }

    private static JsonObjectBuilder common(String item, long id, int number, String hash, String previousHash,
                                            Activity activity, String author, String approver, Instant createdAt,
                                            Long changeId, Long importId) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("item", item)
                .add("id", id)
                .add("version", number)
                .add("hash", hash)
                .add("activity", activity.name())
                .add("author", author)
                .add("createdAt", createdAt.toString());
        addIfPresent(json, "previousHash", previousHash);
        addIfPresent(json, "approver", approver);
        if (changeId != null) {
            json.add("changeId", changeId);
        }
        if (importId != null) {
            json.add("importId", importId);
        }
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    static JsonValue parse(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }

    static JsonObject object(String json) {
        try {
            return JSON.createReader(new StringReader(json)).readObject();
        } catch (RuntimeException notJson) {
            throw new BagFileException("the file is not a JSON object");
        }
    }

    /** Pretty-printed UTF-8 JSON. */
    static byte[] write(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.write(value);
        }
        return (text.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The member {@code content} written as canonical JSON again: the text the version's hash covers. */
    static String canonical(JsonObject version) {
        if (!(version.get("content") instanceof JsonObject content)) {
            throw new BagFileException("'content' is not a JSON object");
        }
        return CanonicalJson.write(plain(content));
    }

    /** JSON-P values as the plain maps, lists, strings, longs and booleans {@link CanonicalJson} writes. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> map.put(name, plain(member)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonValue item : (JsonArray) value) {
                    list.add(plain(item));
                }
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (!number.isIntegral()) {
                    throw new BagFileException("'content' holds the number " + number
                            + "; canonical content has integers only");
                }
                yield number.longValueExact();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Activity activity(JsonObject o) {
        String name = text(o, "activity");
        try {
            return Activity.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new BagFileException("'activity' " + name + " is none of the archive's activities");
        }
    }

    private static Instant instant(JsonObject o) {
        String text = text(o, "createdAt");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BagFileException("'createdAt' " + text + " is no ISO-8601 instant");
        }
    }

    static String text(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonString text)) {
            throw new BagFileException("'" + name + "' is missing or not a string");
        }
        return text.getString();
    }

    private static String optionalText(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name) != JsonValue.NULL ? text(o, name) : null;
    }

    static long number(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new BagFileException("'" + name + "' is missing or not a whole number");
        }
        return number.longValue();
    }

    private static Long optionalNumber(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name) != JsonValue.NULL ? number(o, name) : null;
    }
}
