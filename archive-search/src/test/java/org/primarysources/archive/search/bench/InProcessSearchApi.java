package org.primarysources.archive.search.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.web.EnumParameters;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchResource;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.SearchSort;
import org.primarysources.archive.search.query.SearchUnavailableException;
import org.primarysources.archive.search.query.Searches;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code GET /api/search} without an application server: the JDK's HTTP server hands the query parameters to the
 * real {@link SearchResource} (its parameter checks, then {@link Searches#search}), and the result is written with
 * JSON-B (Yasson), as Payara's JAX-RS writes it. What this leaves out of a deployed request: Payara's HTTP stack,
 * JAX-RS dispatch and CDI's request scope and proxies.
 */
final class InProcessSearchApi implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK's server sends headers and body in two segments, and Nagle's algorithm with
        // the client's delayed ACK adds ~40 ms to every response. Payara's HTTP listener sets TCP_NODELAY too.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Jsonb jsonb = JsonbBuilder.create();
    private final SearchResource resource;
    /** Time inside the handler (parameters, search, JSON-B), when asked for; requests come one at a time. */
    private volatile Latencies handlerTimes;

    InProcessSearchApi(Searches searches) throws IOException {
        resource = new SearchResource(searches);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/api/search", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void measureHandlerInto(Latencies times) {
        handlerTimes = times;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        int status = 200;
        byte[] body;
        try {
            Map<String, List<String>> p = parameters(exchange.getRequestURI().getRawQuery());
            // enum parameters are read by core's EnumParameters, as JAX-RS does on the server
            List<RecordKind> kinds = p.getOrDefault("kind", List.of()).stream()
                    .map(kind -> EnumParameters.parse(RecordKind.class, "kind", kind)).toList();
            SearchResult result = resource.search(one(p, "q"), kinds, p.get("source"), p.get("speaker"),
                    p.get("language"), p.get("decade"), EnumParameters.parse(SearchMode.class, "mode", one(p, "mode")),
                    EnumParameters.parse(SearchSort.class, "sort", one(p, "sort")), one(p, "page"), one(p, "size"));
            body = jsonb.toJson(result).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            status = 400;
            body = problem(Json.createObjectBuilder().add("status", status).add("detail", e.getMessage()));
        } catch (SearchUnavailableException e) {
            status = 503;
            body = problem(Json.createObjectBuilder().add("status", status));
        } catch (RuntimeException e) {
            status = 500;
            body = problem(Json.createObjectBuilder().add("status", status).add("detail", e.toString()));
        }
        Latencies times = handlerTimes;
        if (times != null) {
            times.add(System.nanoTime() - started);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] problem(JsonObjectBuilder problem) {
        return problem.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    @Override
    public void close() throws Exception {
        server.stop(0);
        threads.shutdownNow();
        jsonb.close();
    }
}
