package org.primarysources.archive.localsearch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a {@link LocalOpenSearchNode} needs.
 *
 * @param distribution   the OpenSearch distribution zip (integ-test-zip, no bundled JDK)
 * @param analysisCommon the analysis-common plugin jar, installed as a module
 * @param home           the node's own directory: dist, config, data, logs, tmp
 * @param httpPort       HTTP port on 127.0.0.1; 0 picks a free one
 * @param clusterName    the node only trusts an answer from a node with this cluster name
 * @param heap           JVM heap, e.g. {@code 512m}; used for both -Xms and -Xmx
 * @param ownSession     start the node in its own session (setsid): a terminal's Ctrl-C then reaches only
 *                       the owner, who stops the node itself, in order
 */
public record NodeSettings(Path distribution, Path analysisCommon, Path home, int httpPort,
                           String clusterName, String heap, boolean ownSession) {

    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

    public NodeSettings {
        distribution = requireNonNull(distribution, "distribution").toAbsolutePath().normalize();
        analysisCommon = requireNonNull(analysisCommon, "analysisCommon").toAbsolutePath().normalize();
        home = requireNonNull(home, "home").toAbsolutePath().normalize();
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("http port out of range: " + httpPort);
        }
        if (!CLUSTER_NAME.matcher(requireNonNull(clusterName, "clusterName")).matches()) {
            throw new IllegalArgumentException("cluster name must match " + CLUSTER_NAME + ": " + clusterName);
        }
        if (!HEAP.matcher(requireNonNull(heap, "heap")).matches()) {
            throw new IllegalArgumentException("heap must look like 512m or 1g: " + heap);
        }
    }

    /** Free HTTP port, 512 MB heap, same session as the caller. */
    public static NodeSettings of(Path distribution, Path analysisCommon, Path home, String clusterName) {
        return new NodeSettings(distribution, analysisCommon, home, 0, clusterName, "512m", false);
    }

    public NodeSettings withHttpPort(int port) {
        return new NodeSettings(distribution, analysisCommon, home, port, clusterName, heap, ownSession);
    }

    public NodeSettings withHeap(String newHeap) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, newHeap, ownSession);
    }

    public NodeSettings withOwnSession(boolean own) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, own);
    }
}
