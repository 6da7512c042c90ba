package org.primarysources.archive.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.stream.JsonParser;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.JsonpUtils;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The settings (analysers) and mappings of the records index, read from the versioned resource
 * {@code search/records-index-v<version>.json}. A change to either is a new version: a new file with
 * {@code _meta.mapping_version} raised, a new index built beside the live one, and the alias swapped when it is
 * complete. The indexer writes nothing into a live index of another version, and at start-up the archive rebuilds
 * it from its database ({@code RecordIndexer.reasonToRebuild}). Older files stay: they are what older archives'
 * indices were made of.
 * <p>
 * Version 2 added the language analysers ({@code stemmed_de}, {@code _fr}, {@code _lt}, {@code _pl}, {@code _ru})
 * and the fields {@code textIn} and {@code translationsIn} ({@link RecordLanguages}).
 */
record RecordsMapping(int version, IndexSettings settings, TypeMapping mappings) {

    static final int CURRENT_VERSION = 2;
    /** In an index's {@code _meta}: the version of the mapping file the index was created from. */
    static final String MAPPING_VERSION = "mapping_version";
    /** In an index's {@code _meta}: the identity of the database the index is filled from. */
    static final String DATABASE_ID = "archive_database_id";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern AUTO_EXPAND = Pattern.compile("([0-9]{1,3})-([0-9]{1,3}|all)");

    static String resource(int version) {
        return "search/records-index-v" + version + ".json";
    }

    static RecordsMapping current(JsonpMapper mapper) {
        return load(CURRENT_VERSION, mapper);
    }

    static RecordsMapping load(int version, JsonpMapper mapper) {
        return parse(version, read(resource(version)), mapper);
    }

    /**
     * The current mapping with another replica count: a whole number ({@code "1"}: exactly one replica of each
     * shard, auto-expansion off) or an auto-expand range ({@code "0-1"}, {@code "0-all"}). Null or blank: as the
     * resource says.
     *
     * @throws IllegalArgumentException if {@code replicas} is neither
     */
    static RecordsMapping current(JsonpMapper mapper, String replicas) {
        if (replicas == null || replicas.isBlank()) {
            return current(mapper);
        }
        String value = replicas.strip();
        try {
            ObjectNode file = (ObjectNode) JSON.readTree(read(resource(CURRENT_VERSION)));
            ObjectNode settings = (ObjectNode) file.get("settings");
            settings.remove(List.of("number_of_replicas", "auto_expand_replicas"));
            if (WHOLE_NUMBER.matcher(value).matches()) {
                settings.put("number_of_replicas", value);
                settings.put("auto_expand_replicas", "false");
            } else if (AUTO_EXPAND.matcher(value).matches()) {
                settings.put("auto_expand_replicas", value);
            } else {
                throw new IllegalArgumentException("replicas must be a whole number (e.g. 1) or an auto-expand range"
                        + " (e.g. 0-1, 0-all), not " + replicas);
            }
            return parse(CURRENT_VERSION, JSON.writeValueAsString(file), mapper);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(resource(CURRENT_VERSION) + " is not JSON", e);
        }
    }

    /** The mappings of an index filled from the given database: its identity in {@code _meta}. */
    TypeMapping stampedWith(UUID databaseId) {
        return mappings.toBuilder().meta(DATABASE_ID, JsonData.of(databaseId.toString())).build();
    }

    /** The identity of the database an index was filled from; empty for an index from before indices were stamped. */
    static Optional<String> databaseIdOf(TypeMapping mappings) {
        JsonData stamp = mappings == null ? null : mappings.meta().get(DATABASE_ID);
        return stamp == null ? Optional.empty() : Optional.of(stamp.to(String.class));
    }

    /** The mapping version an index was created from; empty for an index whose {@code _meta} names none. */
    static OptionalInt versionOf(TypeMapping mappings) {
        JsonData version = mappings == null ? null : mappings.meta().get(MAPPING_VERSION);
        if (version == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(version.to(Integer.class));
        } catch (RuntimeException notANumber) {
            return OptionalInt.empty();
        }
    }

    private static RecordsMapping parse(int version, String json, JsonpMapper mapper) {
        IndexSettings settings = null;
        TypeMapping mappings = null;
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
            JsonpUtils.expectNextEvent(parser, JsonParser.Event.START_OBJECT);
            JsonParser.Event event;
            while ((event = parser.next()) == JsonParser.Event.KEY_NAME) {
                switch (parser.getString()) {
                    case "settings" -> settings = IndexSettings._DESERIALIZER.deserialize(parser, mapper);
                    case "mappings" -> mappings = TypeMapping._DESERIALIZER.deserialize(parser, mapper);
                    default -> throw new IllegalStateException(resource(version) + ": unexpected member \""
                            + parser.getString() + "\"");
                }
            }
            JsonpUtils.expectEvent(parser, JsonParser.Event.END_OBJECT, event);
        }
        if (settings == null || mappings == null) {
            throw new IllegalStateException(resource(version) + " must hold \"settings\" and \"mappings\"");
        }
        if (versionOf(mappings).orElse(-1) != version) {
            throw new IllegalStateException(resource(version) + ": _meta." + MAPPING_VERSION + " must be " + version);
        }
        return new RecordsMapping(version, settings, mappings);
    }

    static String read(String resource) {
        try (InputStream in = RecordsMapping.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
