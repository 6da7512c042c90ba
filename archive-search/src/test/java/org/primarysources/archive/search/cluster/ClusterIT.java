package org.primarysources.archive.search.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cat.shards.ShardsRecord;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.localprocess.LocalPorts;
import org.primarysources.archive.localsearch.LocalOpenSearchNode;
import org.primarysources.archive.localsearch.NodeSettings;
import org.primarysources.archive.search.index.OpenSearchRecordIndexer;
import org.primarysources.archive.search.index.TestClients;
import org.primarysources.archive.search.query.SearchHit;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.Searches;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The archive's own indexing and search code against a cluster of three real OpenSearch nodes on 127.0.0.1, the
 * client given all three URLs (as {@code archive.opensearch.urls} would give them) and the index one replica
 * ({@code archive.opensearch.replicas=1}). Then the node holding the primary shard is stopped: indexing and
 * searching go on through the other two (the client skipping the dead URL), and nothing indexed before or after is
 * lost.
 */
class ClusterIT {

    private static final Path WORK = Path.of(System.getProperty("it.opensearch.workDir", "target/it-opensearch"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final int NODES = 3;

    private final List<LocalOpenSearchNode> nodes = new ArrayList<>();
    private OpenSearchClient client;

    @AfterEach
    void stopEverything() {
        if (client != null) {
            TestClients.close(client);
        }
        nodes.forEach(LocalOpenSearchNode::stop);
    }

    @Test
    void indexingAndSearchingGoOnThroughTheOtherNodesWhenOneOfThreeStops() throws Exception {
        String cluster = "archive-it-cluster-" + ProcessHandle.current().pid();
        List<String> names = Stream.of("a", "b", "c").map(n -> cluster + "-" + n).toList();
        List<Integer> ports = freePorts(2 * NODES);
        List<Integer> httpPorts = ports.subList(0, NODES);
        List<Integer> transportPorts = ports.subList(NODES, 2 * NODES);
        long started = System.nanoTime();
        for (int i = 0; i < NODES; i++) {
            Path home = WORK.resolve("cluster-node-" + i);
            deleteData(home); // a node keeps the identity of the cluster it last belonged to in its data folder
            nodes.add(LocalOpenSearchNode.start(NodeSettings.of(WORK.resolve("opensearch.zip"),
                            WORK.resolve("analysis-common.jar"), home, cluster)
                    .withHeap("384m")
                    .withNodeName(names.get(i))
                    .withHttpPort(httpPorts.get(i))
                    .withTransportPort(transportPorts.get(i))
                    .asClusterMember(transportPorts, names)));
        }
        for (LocalOpenSearchNode node : nodes) {
            node.awaitReady(START_TIMEOUT); // all three run before anyone waits: the first election needs two votes
        }
        String urls = nodes.stream().map(n -> n.url().toString()).collect(Collectors.joining(","));
        // short timeouts: a stopped node must cost a failed connect, not a hang
        client = TestClients.client(urls, Duration.ofSeconds(1), Duration.ofSeconds(10));
        HealthResponse formed = health(NODES);
        System.out.printf("3-node cluster %s green after %.1f s at %s%n", cluster, (System.nanoTime() - started) / 1e9,
                urls);
        assertThat(formed.numberOfNodes()).isEqualTo(NODES);
        assertThat(formed.status()).isEqualTo(HealthStatus.Green);

        String alias = "it-cluster-records";
        OpenSearchRecordIndexer indexer = new OpenSearchRecordIndexer(client, alias, "1", Clock.systemUTC(),
                TestClients.aDatabase());
        Searches searches = new Searches(client, alias);
        List<RecordDetails> before = clauses("Before", 200);
        indexer.apply(before, List.of());
        client.indices().refresh(r -> r.index(alias));

        assertThat(health(NODES).status()).as("the replica is placed").isEqualTo(HealthStatus.Green);
        List<ShardsRecord> copies = client.cat().shards(s -> s.index(alias + "-*")).valueBody();
        assertThat(copies).as("one primary and one replica, on two different nodes").hasSize(2)
                .allSatisfy(copy -> assertThat(copy.state()).isEqualTo("STARTED"));
        assertThat(copies.stream().map(ShardsRecord::prirep)).containsExactlyInAnyOrder("p", "r");
        assertThat(copies.stream().map(ShardsRecord::node).distinct()).hasSize(2);
        assertThat(indexer.count()).isEqualTo(200);
        assertThat(searches.search(SearchRequest.of("sesupe")).total()).as("folded search on the cluster")
                .isEqualTo(200);

        // OpenSearch waits a minute before copying a lost node's shards elsewhere (it may come back); not here
        client.indices().putSettings(p -> p.index(alias).settings(t -> t.customSettings(
                "index.unassigned.node_left.delayed_timeout", JsonData.of("0s"))));
        String manager = client.cat().clusterManager().valueBody().get(0).node();
        // the hardest node to lose: the one with the primary (its replica must take over); the client still has
        // its URL and must skip it
        String primary = copies.stream().filter(copy -> "p".equals(copy.prirep())).findFirst().orElseThrow().node();
        LocalOpenSearchNode stopped = nodes.get(names.indexOf(primary));
        System.out.printf("stopping %s (%s), which holds the primary; cluster-manager was %s%n", primary,
                stopped.url(), manager);
        stopped.stop();
        assertThat(stopped.process().isAlive()).isFalse();

        long afterStop = System.nanoTime();
        List<RecordDetails> after = clauses("After", 100);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            indexer.apply(after, List.of());
            client.indices().refresh(r -> r.index(alias));
        }, "indexing with one node down");
        System.out.printf("indexed 100 more records %.1f s after the stop%n", (System.nanoTime() - afterStop) / 1e9);

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 3 * NODES; i++) { // the client rotates through all three URLs, the dead one too
                assertThat(searches.search(SearchRequest.of("")).total()).isEqualTo(300);
            }
        }, "searching with one node down");
        assertThat(indexer.count()).isEqualTo(300);
        SearchResult afterOutage = searches.search(new SearchRequest("outage", Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, 0, 100));
        assertThat(afterOutage.total()).isEqualTo(300);
        SearchResult onlyAfter = searches.search(new SearchRequest("after outage", Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, 0, 100));
        assertThat(onlyAfter.hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrderElementsOf(after.stream().map(RecordDetails::id).toList());
        assertThat(onlyAfter.hits().get(0).highlight()).contains("<mark>After</mark>");

        HealthResponse survivors = health(NODES - 1);
        System.out.printf("2 nodes %s after the stop: %s, %d active shards%n", survivors.status().jsonValue(),
                survivors.clusterName(), survivors.activeShards());
        assertThat(survivors.numberOfNodes()).isEqualTo(NODES - 1);
        assertThat(survivors.status()).as("the lost copy is rebuilt on the other node").isEqualTo(HealthStatus.Green);
        assertThat(client.cat().shards(s -> s.index(alias + "-*")).valueBody())
                .extracting(ShardsRecord::node).doesNotContain(primary).hasSize(2);
    }

    /**
     * Waits until the cluster has exactly {@code count} nodes and is green, or 90 s have passed; then answers the
     * last health. Asks in short rounds: each answer must come within the client's 10 s response timeout.
     */
    private HealthResponse health(int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            HealthResponse health = client.cluster().health(h -> h.waitForNodes(w -> w.count(count))
                    .waitForStatus(HealthStatus.Green)
                    .waitForNoRelocatingShards(true)
                    .timeout(t -> t.time("5s")));
            if (!health.timedOut() || System.nanoTime() - deadline > 0) {
                return health;
            }
            Thread.sleep(200);
        }
    }

    private static List<RecordDetails> clauses(String when, int count) {
        List<RecordDetails> clauses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            clauses.add(PublishedRecords.aClause().labelled("Article " + i)
                    .saying(when + " the outage: clause " + i + " fixes the border on the Šešupė river").build());
        }
        return clauses;
    }

    private static List<Integer> freePorts(int count) throws IOException {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(LocalPorts.free());
        }
        return List.copyOf(ports);
    }

    private static void deleteData(Path home) throws IOException {
        Path data = home.resolve("data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> all = Files.walk(data)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
