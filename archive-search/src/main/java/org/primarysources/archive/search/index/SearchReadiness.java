package org.primarysources.archive.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cluster.HealthResponse;

/** Ready only while the OpenSearch cluster answers and is not red. */
@Readiness
@ApplicationScoped
class SearchReadiness implements HealthCheck {

    private final OpenSearchClient client;
    private final SearchCluster cluster;

    @Inject
    SearchReadiness(OpenSearchClient client, SearchCluster cluster) {
        this.client = client;
        this.cluster = cluster;
    }

    /** Only for the CDI client proxy. */
    protected SearchReadiness() {
        this(null, null);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder search = HealthCheckResponse.named("search")
                .withData("nodes", cluster.nodes().toString());
        try {
            HealthResponse health = client.cluster().health();
            return search.status(health.status() != HealthStatus.Red)
                    .withData("cluster", health.clusterName())
                    .withData("status", health.status().jsonValue())
                    .withData("numberOfNodes", health.numberOfNodes())
                    .build();
        } catch (Exception e) {
            return search.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
