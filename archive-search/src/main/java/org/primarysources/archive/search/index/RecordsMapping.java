package org.primarysources.archive.search.index;

import jakarta.json.stream.JsonParser;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.JsonpUtils;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The settings (analysers) and mappings of the records index, read from the versioned resource
 * {@code search/records-index-v<version>.json}. A change to either is a new version: a new file, a new index built
 * beside the live one, and the alias swapped when it is complete.
 */
record RecordsMapping(int version, IndexSettings settings, TypeMapping mappings) {

    static final int CURRENT_VERSION = 1;

    static String resource(int version) {
        return "search/records-index-v" + version + ".json";
    }

    static RecordsMapping current(JsonpMapper mapper) {
        return load(CURRENT_VERSION, mapper);
    }

    static RecordsMapping load(int version, JsonpMapper mapper) {
        String json = read(resource(version));
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
