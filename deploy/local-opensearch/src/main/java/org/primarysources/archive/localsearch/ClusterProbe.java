package org.primarysources.archive.localsearch;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a node whether it is up, and whether it is ours: a port can be served by someone else's node,
 * and an answer from a node with another cluster name must never count as ours being ready.
 */
final class ClusterProbe {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI base;
    private final String clusterName;

    ClusterProbe(URI base, String clusterName) {
        this.base = base;
        this.clusterName = clusterName;
    }

    /**
     * @return true once our node answers and the cluster is at least yellow; false while it is not up yet
     * @throws IOException when the port is answered by something that is not our node
     */
    boolean ready() throws IOException, InterruptedException {
        HttpResponse<String> root = get("/");
        if (root == null || root.statusCode() != 200) {
            return false;
        }
        String name = jsonString(root.body(), "cluster_name");
        if (name == null) {
            throw new IOException(base + " answers, but not as an OpenSearch node: " + abbreviate(root.body()));
        }
        if (!name.equals(clusterName)) {
            throw new IOException(base + " is served by another node (cluster \"" + name + "\"), not ours (\""
                    + clusterName + "\"); refusing to use it");
        }
        HttpResponse<String> health = get("/_cluster/health?wait_for_status=yellow&timeout=1s");
        return health != null && health.statusCode() == 200 && !"red".equals(jsonString(health.body(), "status"));
    }

    private HttpResponse<String> get(String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    /** The answer's top-level string field of that name; null when it has none or is no JSON object at all. */
    static String jsonString(String json, String field) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue() instanceof JsonObject answer ? answer.getString(field, null) : null;
        } catch (JsonException notJson) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
