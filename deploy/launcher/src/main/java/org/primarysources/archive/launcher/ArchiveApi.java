package org.primarysources.archive.launcher;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The running archive's HTTP API, with Basic authentication; prints answers and problem details. */
final class ArchiveApi {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String authorization;

    ArchiveApi(URI server, String user, String password) {
        String url = server.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the request and prints the answer.
     *
     * @param path relative to the server URL, e.g. {@code api/verify}
     * @return the exit code, as {@link #print}
     */
    int call(String method, String path, String contentType, HttpRequest.BodyPublisher body, PrintWriter out,
             PrintWriter err) throws InterruptedException {
        HttpResponse<String> response = exchange(method, path, contentType, body, err);
        return response == null ? 1 : print(response, out, err);
    }

    /** Sends the request; null, after saying why on {@code err}, when it got no answer. */
    HttpResponse<String> exchange(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                  PrintWriter err) throws InterruptedException {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/json, text/plain, application/problem+json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            err.printf("Cannot reach %s. Is the archive running (archive run)?%n", base);
            return null;
        } catch (IOException e) {
            err.printf("%s %s failed: %s%n", method, uri, e.getMessage() != null ? e.getMessage() : e);
            return null;
        }
    }

    /** A GET whose answer streams (a bag); null, after saying why on {@code err}, when it got no answer. */
    HttpResponse<InputStream> download(String path, PrintWriter err) throws InterruptedException {
        URI uri = base.resolve(path);
        try {
            return http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", authorization)
                    .header("Accept", "application/zip, application/problem+json")
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            err.printf("Cannot reach %s. Is the archive running (archive run)?%n", base);
            return null;
        } catch (IOException e) {
            err.printf("GET %s failed: %s%n", uri, e.getMessage() != null ? e.getMessage() : e);
            return null;
        }
    }

    /**
     * Prints an answer: a 2xx body on {@code out}, otherwise the problem on {@code err}.
     *
     * @return the exit code: 0 for 2xx, 1 otherwise; 2 when a 2xx audit report says the archive is not intact
     */
    static int print(HttpResponse<String> response, PrintWriter out, PrintWriter err) {
        if (response.statusCode() / 100 == 2) {
            out.println(response.body());
            boolean notIntact = object(response.body()).map(answer -> answer.get("intact"))
                    .filter(JsonValue.FALSE::equals).isPresent();
            return notIntact ? 2 : 0;
        }
        err.printf("%s %s: HTTP %d: %s%n", response.request().method(), response.request().uri(),
                response.statusCode(), problem(response.body()));
        return 1;
    }

    /** Sends a request without printing; returns the status and body (throws when the server cannot be reached). */
    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", authorization)
                        .header("Accept", "application/json, application/problem+json, text/plain;q=0.5")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The problem+json detail (else its title, else the body itself). */
    static String problem(String body) {
        Optional<String> detail = object(body)
                .map(problem -> problem.getString("detail", problem.getString("title", null)));
        if (detail.isPresent()) {
            return detail.get();
        }
        String flat = body.strip();
        return flat.isEmpty() ? "(no details)" : flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
    }

    /** The answer as a JSON object; empty when it is something else (plain text, an HTML error page, nothing). */
    static Optional<JsonObject> object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue() instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }
}
