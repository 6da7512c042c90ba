package org.primarysources.archive.core.platform;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Health check responses outside the server, which provides the real builder: registered for the tests through
 * {@code META-INF/services}, so a check's {@code call()} can be asserted on in a plain test.
 */
public final class TestHealthResponses implements HealthCheckResponseProvider {

    @Override
    public HealthCheckResponseBuilder createResponseBuilder() {
        return new Builder();
    }

    private static final class Builder extends HealthCheckResponseBuilder {
        private final Map<String, Object> data = new LinkedHashMap<>();
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            return with(key, value);
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            return with(key, value);
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            return with(key, value);
        }

        private HealthCheckResponseBuilder with(String key, Object value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            Optional<Map<String, Object>> kept = data.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(data));
            return new HealthCheckResponse(name, status, kept);
        }
    }
}
