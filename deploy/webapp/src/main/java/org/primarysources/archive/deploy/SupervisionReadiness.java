package org.primarysources.archive.deploy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The launcher's supervision of the local servers (PostgreSQL, OpenSearch, Payara Micro), as the launcher writes
 * it to {@code archive.supervision.file}: each server's state, restarts and last exit. Down only when the launcher
 * gave up on one; absent when the archive was not started by the launcher.
 */
@Readiness
@ApplicationScoped
class SupervisionReadiness implements HealthCheck {

    private final Optional<String> stateFile;

    @Inject
    SupervisionReadiness(@ConfigProperty(name = "archive.supervision.file") Optional<String> stateFile) {
        this.stateFile = stateFile;
    }

    /** Only for the CDI client proxy. */
    protected SupervisionReadiness() {
        this(Optional.empty());
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("supervision").up();
        if (stateFile.isEmpty()) {
            return response.withData("launcher", "none").build();
        }
        try (Reader in = Files.newBufferedReader(Path.of(stateFile.get())); JsonReader reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("servers")) {
                JsonObject server = value.asJsonObject();
                String name = server.getString("name");
                String state = server.getString("state");
                response.withData(name, state + ", " + server.getInt("restarts") + " restarts"
                        + (server.containsKey("lastExit") ? ", last exit " + server.getString("lastExit") + " at "
                        + server.getString("lastExitAt") + " (log " + server.getString("log") + ")" : ""));
                if ("failed".equals(state)) {
                    response.down();
                }
            }
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            response.withData("error", "cannot read the launcher's state: " + e.getMessage());
        }
        return response.build();
    }
}
