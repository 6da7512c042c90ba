package org.primarysources.archive.search.index;

import jakarta.json.stream.JsonGenerator;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.JsonpSerializable;
import org.opensearch.client.opensearch.OpenSearchClient;

import java.io.StringWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Clients and JSON for tests, made exactly as the application makes them ({@link OpenSearchClients}). Integration
 * tests reach the node the build started through the system property {@code archive.opensearch.urls}.
 */
public final class TestClients {

    public static final String URLS_PROPERTY = "archive.opensearch.urls";

    private TestClients() {
    }

    /** A client of the build's OpenSearch node (2 s to connect, 10 s to answer, as in production). */
    public static OpenSearchClient itNode() {
        String urls = System.getProperty(URLS_PROPERTY);
        if (urls == null || urls.isBlank()) {
            throw new IllegalStateException("no OpenSearch node: run the *IT tests with Maven (mvn verify), which"
                    + " starts one and sets " + URLS_PROPERTY);
        }
        return client(urls, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    public static OpenSearchClient client(String urls, Duration connect, Duration response) {
        return new OpenSearchClients().client(SearchCluster.parse(urls, connect, response));
    }

    /** The identity of a database of its own, for indexers in tests that need no database. */
    public static Supplier<UUID> aDatabase() {
        UUID id = UUID.randomUUID();
        return () -> id;
    }

    public static JsonpMapper jsonMapper() {
        return OpenSearchClients.jsonMapper();
    }

    /** The JSON the client would send for a request or query object. */
    public static String json(JsonpSerializable value) {
        JsonpMapper mapper = jsonMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            value.serialize(generator, mapper);
        }
        return out.toString();
    }

    public static void close(OpenSearchClient client) {
        new OpenSearchClients().close(client);
    }
}
