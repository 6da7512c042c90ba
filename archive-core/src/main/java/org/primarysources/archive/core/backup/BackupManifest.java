package org.primarysources.archive.core.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written as {@value #ENTRY} at the start of the backup file: the schema version the tables
 * belong to, each table's row count and the SHA-256 of its copied rows, and each sequence's value.
 */
public record BackupManifest(int format, Instant takenAt, String schemaVersion, List<Table> tables,
                             List<Sequence> sequences) {

    public static final String ENTRY = "archive-backup.json";
    static final int FORMAT = 1;

    /** One table's rows, in PostgreSQL's COPY text format, in the entry {@code tables/<name>.copy}. */
    public record Table(String name, long rows, String sha256) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    public record Sequence(String name, long value) {
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    String toJson() {
        JsonArrayBuilder tableArray = Json.createArrayBuilder();
        tables.forEach(t -> tableArray.add(Json.createObjectBuilder()
                .add("name", t.name()).add("rows", t.rows()).add("sha256", t.sha256())));
        JsonArrayBuilder sequenceArray = Json.createArrayBuilder();
        sequences.forEach(s -> sequenceArray.add(Json.createObjectBuilder()
                .add("name", s.name()).add("value", s.value())));
        return Json.createObjectBuilder()
                .add("format", format)
                .add("takenAt", takenAt.toString())
                .add("schemaVersion", schemaVersion)
                .add("tables", tableArray)
                .add("sequences", sequenceArray)
                .build().toString();
    }

    static BackupManifest fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            int format = o.getInt("format");
            if (format != FORMAT) {
                throw new BackupException("this backup has format " + format + "; this archive reads format " + FORMAT);
            }
            return new BackupManifest(format, Instant.parse(o.getString("takenAt")), o.getString("schemaVersion"),
                    o.getJsonArray("tables").getValuesAs(JsonValue::asJsonObject).stream()
                            .map(t -> new Table(t.getString("name"), t.getJsonNumber("rows").longValue(),
                                    t.getString("sha256")))
                            .toList(),
                    o.getJsonArray("sequences").getValuesAs(JsonValue::asJsonObject).stream()
                            .map(s -> new Sequence(s.getString("name"), s.getJsonNumber("value").longValue()))
                            .toList());
        } catch (RuntimeException e) {
            if (e instanceof BackupException) {
                throw e;
            }
            throw new BackupException("the backup's " + ENTRY + " cannot be read: " + e.getMessage(), e);
        }
    }
}
