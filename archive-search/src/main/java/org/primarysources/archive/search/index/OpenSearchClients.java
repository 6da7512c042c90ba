package org.primarysources.archive.search.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the one {@link OpenSearchClient} of the application (a client is thread-safe and holds a connection
 * pool). Not {@code @ApplicationScoped}: the client class cannot be proxied.
 */
@ApplicationScoped
class OpenSearchClients {

    private static final Logger LOG = Logger.getLogger(OpenSearchClients.class.getName());

    @Produces
    @Singleton
    SearchCluster cluster(
            @ConfigProperty(name = "archive.opensearch.urls", defaultValue = "http://127.0.0.1:9200") String urls,
            @ConfigProperty(name = "archive.opensearch.connect-timeout", defaultValue = "PT2S") Duration connect,
            @ConfigProperty(name = "archive.opensearch.response-timeout", defaultValue = "PT10S") Duration response) {
        return SearchCluster.parse(urls, connect, response);
    }

    @Produces
    @Singleton
    OpenSearchClient client(SearchCluster cluster) {
        Timeout connect = Timeout.ofMilliseconds(cluster.connectTimeout().toMillis());
        Timeout response = Timeout.ofMilliseconds(cluster.responseTimeout().toMillis());
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(cluster.hosts())
                .setMapper(jsonMapper())
                .setHttpClientConfigCallback(http -> http.setConnectionManager(
                        PoolingAsyncClientConnectionManagerBuilder.create()
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(connect)
                                        .setSocketTimeout(response)
                                        .build())
                                .setMaxConnTotal(64)
                                .setMaxConnPerRoute(32)
                                .build()))
                .setRequestConfigCallback(request -> request
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(response))
                .build();
        return new OpenSearchClient(transport);
    }

    /**
     * Jackson without {@code findAndRegisterModules()}: inside Payara the service loader also finds the server's
     * own Jackson modules, which belong to another class loader and fail with "not a subtype".
     */
    static JacksonJsonpMapper jsonMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new JacksonJsonpMapper(mapper);
    }

    void close(@Disposes OpenSearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the OpenSearch transport", e);
        }
    }
}
