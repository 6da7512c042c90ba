package org.primarysources.archive.search.index;

import org.apache.hc.core5.http.HttpHost;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the OpenSearch cluster is: one or more node URLs ({@code archive.opensearch.urls}, comma separated) and how
 * long any call may take. Every call has a timeout so an unreachable cluster never hangs a request.
 */
public record SearchCluster(List<URI> nodes, Duration connectTimeout, Duration responseTimeout) {

    public SearchCluster {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("archive.opensearch.urls names no node");
        }
        nodes = List.copyOf(nodes);
    }

    public static SearchCluster parse(String urls, Duration connectTimeout, Duration responseTimeout) {
        List<URI> nodes = new ArrayList<>();
        for (String url : urls.split(",")) {
            String trimmed = url.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(trimmed);
                if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    throw new IllegalArgumentException("not an http(s) URL of an OpenSearch node: " + trimmed);
                }
                nodes.add(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a URL: " + trimmed, e);
            }
        }
        return new SearchCluster(nodes, connectTimeout, responseTimeout);
    }

    HttpHost[] hosts() {
        return nodes.stream()
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(),
                        uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200)))
                .toArray(HttpHost[]::new);
    }
}
