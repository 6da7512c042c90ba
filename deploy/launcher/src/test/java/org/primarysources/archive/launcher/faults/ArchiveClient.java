package org.primarysources.archive.launcher.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The archive's HTTP API as the fault scenarios use it: the demo accounts, JSON in and out. */
final class ArchiveClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ArchiveClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET());
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postText(String path, String user, byte[] text) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text)));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + LaunchedArchive.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A change proposing a new quote from the source. */
    static String newQuote(String text, long sourceId) {
        return Json.createObjectBuilder()
                .add("action", "CREATE")
                .add("record", Json.createObjectBuilder().add("kind", "QUOTE").add("text", text)
                        .add("sourceId", sourceId))
                .build().toString();
    }

    /** A change proposing new text for a published quote, drafted over its version {@code baseVersion}. */
    static String quoteUpdate(long recordId, int baseVersion, String text, long sourceId) {
        return Json.createObjectBuilder()
                .add("action", "UPDATE")
                .add("recordId", recordId)
                .add("baseVersion", baseVersion)
                .add("record", Json.createObjectBuilder().add("kind", "QUOTE").add("text", text)
                        .add("sourceId", sourceId))
                .build().toString();
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static long changeId(HttpResponse<String> change) {
        return json(change.body()).getJsonObject("change").getJsonNumber("id").longValue();
    }

    long demoSourceId() throws IOException, InterruptedException {
        return json(get("api/records?kind=CLAUSE&size=1", null).body()).getJsonArray("items").getJsonObject(0)
                .getJsonObject("source").getJsonNumber("id").longValue();
    }

    long publishedRecords() throws IOException, InterruptedException {
        return total(get("api/records?size=1", null));
    }

    long indexedRecords() throws IOException, InterruptedException {
        return total(get("api/search?q=&kind=CLAUSE&kind=QUOTE&kind=ENTITY&size=1", null));
    }

    private static long total(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return json(response.body()).getJsonNumber("total").longValue();
    }

    /** The audit of every hash chain and cited text. */
    JsonObject verify() throws IOException, InterruptedException {
        HttpResponse<String> response = get("api/verify", "admin");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/verify: HTTP " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /** Every version of a record: its number and chain hash, in order. */
    String versionHashes(long recordId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("api/records/" + recordId + "/versions", null);
        StringBuilder hashes = new StringBuilder();
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue version : reader.readArray()) {
                JsonObject v = version.asJsonObject();
                hashes.append(v.get("version")).append('=').append(v.get("hash")).append(' ');
            }
        }
        return hashes.toString().strip();
    }

    /** Waits until every published record is in the search index, and only those. */
    void awaitIndexEqualsDatabase(Duration timeout) throws InterruptedException {
        await(timeout, "index count == published count", () -> indexedRecords() == publishedRecords());
    }

    /** A condition that may fail to be checked (the server away): that counts as not holding yet. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    static void await(Duration timeout, String what, Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private static boolean holds(Condition condition) throws InterruptedException {
        try {
            return condition.holds();
        } catch (IOException | RuntimeException notYet) {
            return false;
        }
    }
}
