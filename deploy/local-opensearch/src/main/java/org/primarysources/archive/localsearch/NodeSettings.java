package org.primarysources.archive.localsearch;

import org.primarysources.archive.localprocess.Signals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

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
 * @param nodeName       the node's name; null: the cluster name (a single node needs no other)
 * @param transportPort  transport port on 127.0.0.1; 0 picks a free one (peers of a cluster must know it)
 * @param settings       further node settings, each passed as {@code -Ekey=value} after ours (and so winning over
 *                       our defaults); naming any {@code discovery.*} or
 *                       {@code cluster.initial_cluster_manager_nodes} setting makes the node join a cluster
 *                       instead of forming one alone ({@code discovery.type=single-node} is then not set)
 * @param deathSignal    a signal (e.g. {@code TERM}) the node gets when its owner dies, even by SIGKILL
 *                       ({@code setpriv --pdeathsig}); empty: the node outlives a killed owner. The kernel sends it
 *                       when the <em>thread</em> that started the node ends: start the node from a long-lived thread
 */
public record NodeSettings(Path distribution, Path analysisCommon, Path home, int httpPort,
                           String clusterName, String heap, boolean ownSession, String nodeName,
                           int transportPort, Map<String, String> settings, Optional<String> deathSignal) {

    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");
    private static final Pattern SETTING_KEY = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)+");
    /** Settings this record holds in fields of its own: one place each, so no flag contradicts another. */
    private static final Set<String> OWN_SETTINGS = Set.of("cluster.name", "node.name", "http.port", "transport.port",
            "network.host", "path.data", "path.logs");

    public NodeSettings {
        distribution = requireNonNull(distribution, "distribution").toAbsolutePath().normalize();
        analysisCommon = requireNonNull(analysisCommon, "analysisCommon").toAbsolutePath().normalize();
        home = requireNonNull(home, "home").toAbsolutePath().normalize();
        requirePort("http", httpPort);
        requirePort("transport", transportPort);
        if (!CLUSTER_NAME.matcher(requireNonNull(clusterName, "clusterName")).matches()) {
            throw new IllegalArgumentException("cluster name must match " + CLUSTER_NAME + ": " + clusterName);
        }
        if (nodeName != null && !CLUSTER_NAME.matcher(nodeName).matches()) {
            throw new IllegalArgumentException("node name must match " + CLUSTER_NAME + ": " + nodeName);
        }
        if (!HEAP.matcher(requireNonNull(heap, "heap")).matches()) {
            throw new IllegalArgumentException("heap must look like 512m or 1g: " + heap);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        requireNonNull(settings, "settings").forEach((key, value) -> {
            if (key == null || !SETTING_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not an OpenSearch setting name: " + key);
            }
            if (OWN_SETTINGS.contains(key)) {
                throw new IllegalArgumentException(key + " has its own field in NodeSettings; set it there");
            }
            if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("setting " + key + " needs a one-line value, not " + value);
            }
            checked.put(key, value);
        });
        settings = Collections.unmodifiableMap(checked);
        deathSignal = requireNonNull(deathSignal, "deathSignal").map(Signals::name);
    }

    /** As the launcher and the build have always made it: a single node named like its cluster. */
    public NodeSettings(Path distribution, Path analysisCommon, Path home, int httpPort, String clusterName,
                        String heap, boolean ownSession) {
        this(distribution, analysisCommon, home, httpPort, clusterName, heap, ownSession, null, 0, Map.of(),
                Optional.empty());
    }

    /** Free HTTP port, 512 MB heap, same session as the caller. */
    public static NodeSettings of(Path distribution, Path analysisCommon, Path home, String clusterName) {
        return new NodeSettings(distribution, analysisCommon, home, 0, clusterName, "512m", false);
    }

    public NodeSettings withHttpPort(int port) {
        return new NodeSettings(distribution, analysisCommon, home, port, clusterName, heap, ownSession, nodeName,
                transportPort, settings, deathSignal);
    }

    public NodeSettings withHeap(String newHeap) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, newHeap, ownSession,
                nodeName, transportPort, settings, deathSignal);
    }

    public NodeSettings withOwnSession(boolean own) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, own, nodeName,
                transportPort, settings, deathSignal);
    }

    public NodeSettings withNodeName(String name) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, ownSession, name,
                transportPort, settings, deathSignal);
    }

    public NodeSettings withTransportPort(int port) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, ownSession, nodeName,
                port, settings, deathSignal);
    }

    /** The node gets this signal (e.g. {@code TERM}) when its starting thread ends; see {@link #deathSignal}. */
    public NodeSettings withDeathSignal(String signal) {
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, ownSession, nodeName,
                transportPort, settings, Optional.of(signal));
    }

    /** One more {@code -Ekey=value}; a later value for the same key replaces the earlier one. */
    public NodeSettings withSetting(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(key, value);
        return new NodeSettings(distribution, analysisCommon, home, httpPort, clusterName, heap, ownSession, nodeName,
                transportPort, more, deathSignal);
    }

    /**
     * A member of a cluster of nodes on this machine: it finds the others on their transport ports, and the first
     * election counts the votes of the named nodes (every member must be given the same names).
     */
    public NodeSettings asClusterMember(List<Integer> peerTransportPorts, List<String> initialClusterManagers) {
        if (peerTransportPorts.isEmpty() || initialClusterManagers.isEmpty()) {
            throw new IllegalArgumentException("a cluster member needs its peers' transport ports and the names of"
                    + " the initial cluster-manager nodes");
        }
        return withSetting("discovery.seed_hosts", peerTransportPorts.stream()
                        .map(port -> "127.0.0.1:" + port).collect(Collectors.joining(",")))
                .withSetting("cluster.initial_cluster_manager_nodes", String.join(",", initialClusterManagers));
    }

    /** The name the node gets: {@link #nodeName()}, else the cluster name. */
    public String effectiveNodeName() {
        return nodeName != null ? nodeName : clusterName;
    }

    /** True unless the settings make the node discover others (then it must not be a single-node cluster). */
    public boolean singleNode() {
        return settings.keySet().stream()
                .noneMatch(key -> key.startsWith("discovery.") || key.equals("cluster.initial_cluster_manager_nodes"));
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " port out of range: " + port);
        }
    }
}
