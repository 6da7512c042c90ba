package org.primarysources.archive.search.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.FlushModeType;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.outbox.IndexUnavailableException;
import org.primarysources.archive.core.outbox.Outbox;
import org.primarysources.archive.core.outbox.OutboxRelay;
import org.primarysources.archive.core.outbox.OutboxWiring;
import org.primarysources.archive.core.outbox.RecordIndexer;
import org.primarysources.archive.core.platform.DatabaseIdentity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;
import org.primarysources.archive.localsearch.LocalOpenSearchNode;
import org.primarysources.archive.localsearch.NodeSettings;
import org.primarysources.archive.search.bench.KjvCorpus.Chapter;
import org.primarysources.archive.search.bench.KjvCorpus.Clause;
import org.primarysources.archive.search.bench.KjvCorpus.Edition;
import org.primarysources.archive.search.index.OpenSearchRecordIndexer;
import org.primarysources.archive.search.index.TestClients;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchSort;
import org.primarysources.archive.search.query.Searches;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Benchmark, not a test (see {@code docs/benchmarks.md}; run by {@code bench/run-search-benchmark.sh}).
 * <ol>
 * <li>Grows a corpus of clauses from the King James Version ({@link KjvCorpus}) and publishes it through core's
 *     services into a fresh PostgreSQL schema, 1,000 records per transaction, the outbox row of each written in
 *     the same transaction, as in the application.</li>
 * <li>(a) Times {@link Outbox#relayBatch}(500) draining the whole outbox into a real OpenSearch node through
 *     {@link OpenSearchRecordIndexer}, against a raw {@code _bulk} of the very documents the relay stored (their
 *     {@code _source}, same action line, same batch size) into a fresh index with the same settings on the same
 *     node. Then the relay again (requeued, each time into another fresh index): with two workers at once, and
 *     with the EntityManager in COMMIT flush mode (an experiment: not what the product does). Each run also
 *     counts the CPU time the benchmark JVM, PostgreSQL and OpenSearch used ({@link CpuTime}).</li>
 * <li>(b) Times {@code GET /api/search} (served in-process by {@link InProcessSearchApi}) against the identical
 *     query body sent straight to {@code _search}, and {@link Searches#search} called in-process, over a fixed
 *     mix of 20 queries, interleaved, after a warm-up.</li>
 * </ol>
 * Options ({@code --name=value}): distribution, analysis-common, work, editions (1–7, default 7: 217,714 clauses),
 * search-heap (default 1g), publish-threads (2), relay-runs (1: more repeat the plain relay), workers (one more
 * run with that many relays draining at once; default {@link OutboxRelay#DEFAULT_WORKERS}, the product's; 1: none),
 * commit-flush-run (false), warmup (300 rounds), requests (2,000 per kind). The database is {@link TestDatabase}'s
 * ({@code archive.test.postgres.url}); the script starts an embedded PostgreSQL for it.
 */
public final class RelayBenchmark {

    private static final int RELAY_BATCH = Outbox.BATCH;
    private static final int PUBLISH_BATCH = 1_000;
    private static final String AUTHOR = "bench-importer";
    private static final String APPROVER = "bench-editor";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock = Clock.systemUTC();
    /** The benchmark's OpenSearch node, for the requests that bypass the client. */
    private URI node;
    /** The PostgreSQL server's postmaster, if it runs on this machine (0 otherwise). */
    private long postmaster;
    /** What the indexing runs cost in CPU time; set once the node runs. */
    private CpuTime cpu;

    private RelayBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new RelayBenchmark(options).run();
        System.exit(0); // the JDK HTTP client's and Hibernate's threads would keep the JVM a little longer
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private int intOption(String name, int otherwise) {
        return Integer.parseInt(option(name, Integer.toString(otherwise)));
    }

    private void run() throws Exception {
        long benchStarted = System.nanoTime();
        Path work = Path.of(option("work", "archive-search/target/bench")).toAbsolutePath();
        Path distribution = Path.of(option("distribution", "archive-search/target/it-opensearch/opensearch.zip"));
        Path analysisCommon = Path.of(option("analysis-common",
                "archive-search/target/it-opensearch/analysis-common.jar"));
        Files.createDirectories(work);
        line("# Relay and search benchmark, " + Instant.now());
        line("");
        machine();

        KjvCorpus corpus = KjvCorpus.fromBibleProgram();
        List<Edition> editions = KjvCorpus.EDITIONS.subList(0, intOption("editions", KjvCorpus.EDITIONS.size()));
        line("Corpus: %d chapters, %d verses of the KJV (bible-kjv-text) x %d editions", corpus.chapters().size(),
                corpus.verses(), editions.size());

        String cluster = "archive-bench-" + ProcessHandle.current().pid();
        Path nodeData = work.resolve("node").resolve("data");
        deleteRecursively(nodeData); // a fresh node: no index (nor cluster identity) from an earlier run
        LocalOpenSearchNode searchNode = LocalOpenSearchNode.start(NodeSettings.of(distribution, analysisCommon,
                work.resolve("node"), cluster).withHeap(option("search-heap", "1g")));
        OpenSearchClient client = null;
        // connections kept open as the application server's pool keeps them: one per thread that works at once
        int connections = Math.max(intOption("publish-threads", 2),
                intOption("workers", Integer.parseInt(OutboxRelay.DEFAULT_WORKERS))) + 1;
        try (TestDatabase db = TestDatabase.pooled(connections)) {
            database(db);
            long published = publish(db, corpus, editions);
            searchNode.awaitReady(LocalOpenSearchNode.DEFAULT_START_TIMEOUT);
            node = searchNode.url();
            cpu = new CpuTime(postmaster, searchNode.pid());
            line("OpenSearch 2.19.6 node %s, heap %s, one shard, no replica (single node)", node,
                    option("search-heap", "1g"));
            // as in production: 2 s to connect, 10 s to answer
            client = TestClients.client(node.toString(), Duration.ofSeconds(2), Duration.ofSeconds(10));

            line("");
            line("## (a) Indexing: outbox relay vs raw _bulk (%,d clauses, batches of %d)", published, RELAY_BATCH);
            line("");
            Map<String, IndexingRun> runs = new LinkedHashMap<>();
            runs.put("relay, 1 worker (`" + OutboxRelay.WORKERS_PROPERTY + "=1`; first indexing on this node)",
                    relay(db, client, "bench-relay", published, false, 1));
            List<Long> ids = new ArrayList<>();
            List<byte[]> bulks = rawBulks(client, "bench-relay", "bench-raw", ids);
            IndexingRun raw = rawBulk(client, "bench-raw", bulks, published);
            deleteIndices(client, "bench-raw");
            for (int run = 2; run <= intOption("relay-runs", 1); run++) {
                requeue(db, ids);
                String alias = "bench-relay-" + run;
                runs.put("relay, 1 worker, run " + run, relay(db, client, alias, published, false, 1));
                deleteIndices(client, alias);
            }
            int defaultWorkers = Integer.parseInt(OutboxRelay.DEFAULT_WORKERS);
            int workers = intOption("workers", defaultWorkers);
            if (workers > 1) {
                requeue(db, ids);
                runs.put("relay, " + workers + " workers (" + (workers == defaultWorkers
                                ? "**the product's default**, `" + OutboxRelay.WORKERS_PROPERTY + "`"
                                : "`" + OutboxRelay.WORKERS_PROPERTY + "=" + workers + "`")
                                + "; or " + workers + " app instances)",
                        relay(db, client, "bench-relay-workers", published, false, workers));
                deleteIndices(client, "bench-relay-workers");
            }
            if (Boolean.parseBoolean(option("commit-flush-run", "false"))) {
                requeue(db, ids);
                runs.put("relay, 1 worker, EntityManager in COMMIT flush mode (*not the product*: a one-line change)",
                        relay(db, client, "bench-relay-commit", published, true, 1));
                deleteIndices(client, "bench-relay-commit");
            }
            line("");
            line("| run | docs/s | seconds | in the indexer (mapping + _bulk; summed over workers) | CPU s: bench JVM"
                    + " + PostgreSQL + OpenSearch | relay / raw | relay / raw by CPU s |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            line("| raw `_bulk` (JDK HTTP client, prebuilt NDJSON) | %,.0f | %.1f | | %s | 1.00 | 1.00 |",
                    published / raw.seconds, raw.seconds, raw.cpuUsed());
            runs.forEach((name, r) -> line("| %s | %,.0f | %.1f | %.1f s (%.0f %%) | %s | **%.2f** | %.2f |", name,
                    published / r.seconds, r.seconds, r.indexerSeconds, 100 * r.indexerSeconds / r.seconds, r.cpuUsed(),
                    raw.seconds / r.seconds, raw.cpu.total() / r.cpu.total()));
            line("");
            line("CPU s: user + system time the three processes used during the run, whatever else ran on the"
                    + " machine; on %d otherwise idle cores a run takes at least its total / %d.",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());

            line("");
            searchLatency(client, "bench-relay");
        } finally {
            if (client != null) {
                TestClients.close(client);
            }
            searchNode.stop();
            deleteRecursively(nodeData); // ~1 GB of indices
        }
        line("");
        line("Whole run: %.1f min; load average at the end: %s", (System.nanoTime() - benchStarted) / 60e9,
                loadAverage());
        Files.writeString(work.resolve("results.md"), report);
        System.out.println("\nResults written to " + work.resolve("results.md"));
    }

    // ---- corpus into PostgreSQL ----------------------------------------------------------------------------------

    private long publish(TestDatabase db, KjvCorpus corpus, List<Edition> editions) throws Exception {
        long started = System.nanoTime();
        Map<String, Long> sourceIds = Collections.synchronizedMap(new LinkedHashMap<>());
        List<Runnable> sourceBatches = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>();
        for (Edition edition : editions) {
            for (Chapter chapter : corpus.chapters()) {
                pending.add(new Object[] {edition, chapter});
                if (pending.size() == 500) {
                    sourceBatches.add(sourceBatch(db, List.copyOf(pending), sourceIds));
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            sourceBatches.add(sourceBatch(db, List.copyOf(pending), sourceIds));
        }
        inParallel(sourceBatches);
        double sourceSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        List<Runnable> recordBatches = new ArrayList<>();
        List<Clause> batch = new ArrayList<>();
        AtomicInteger count = new AtomicInteger();
        for (Edition edition : editions) {
            for (Chapter chapter : corpus.chapters()) {
                for (Clause clause : KjvCorpus.clauses(edition, chapter)) {
                    batch.add(clause);
                    if (batch.size() == PUBLISH_BATCH) {
                        recordBatches.add(recordBatch(db, List.copyOf(batch), sourceIds, count));
                        batch.clear();
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            recordBatches.add(recordBatch(db, List.copyOf(batch), sourceIds, count));
        }
        inParallel(recordBatches);
        double recordSeconds = (System.nanoTime() - started) / 1e9;
        long waiting = db.fromTransaction(em -> outbox(em, null).backlog().waiting());
        line("Published %,d sources in %.1f s and %,d clauses in %.1f s (%,.0f clauses/s through Records.publish,"
                        + " %d per transaction, %s threads); outbox rows waiting: %,d", sourceIds.size(), sourceSeconds,
                count.get(), recordSeconds, count.get() / recordSeconds, PUBLISH_BATCH,
                option("publish-threads", "2"), waiting);
        if (waiting != count.get()) {
            throw new IllegalStateException("expected one outbox row per published clause");
        }
        return count.get();
    }

    private Runnable sourceBatch(TestDatabase db, List<Object[]> items, Map<String, Long> ids) {
        return () -> db.inTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, clock);
            for (Object[] item : items) {
                Edition edition = (Edition) item[0];
                Chapter chapter = (Chapter) item[1];
                long id = sources.open();
                sources.publish(new PublishSource(id, 0, new SourceContent(
                        chapter.book() + " " + chapter.number() + " (" + edition.name() + ")", SourceType.BOOK,
                        PartialDate.parse(Integer.toString(edition.year())), List.of("en"), null, null, null,
                        "Public domain", List.of("Bible"), KjvCorpus.transcription(edition, chapter)),
                        Activity.IMPORT, AUTHOR, APPROVER, null, null));
                ids.put(key(edition, chapter), id);
            }
        });
    }

    private Runnable recordBatch(TestDatabase db, List<Clause> clauses, Map<String, Long> sourceIds,
                                 AtomicInteger count) {
        return () -> db.inTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, clock);
            Records records = RecordsWiring.records(em, sources, clock, OutboxWiring.writer(em, clock));
            for (Clause clause : clauses) {
                records.publish(new PublishRecord(null, null, new ClauseContent(
                        sourceIds.get(key(clause.edition(), clause.chapter())), clause.label(), clause.ordinal(),
                        clause.text(), "en", List.of(), PartialDate.parse(Integer.toString(clause.edition().year())),
                        List.of()), Activity.IMPORT, AUTHOR, APPROVER, null, null));
            }
            int done = count.addAndGet(clauses.size());
            if (done % 20_000 < clauses.size()) {
                System.out.printf("  published %,d clauses%n", done);
            }
        });
    }

    private static String key(Edition edition, Chapter chapter) {
        return edition.year() + "/" + chapter.book() + "/" + chapter.number();
    }

    private void inParallel(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(intOption("publish-threads", 2));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- (a) relay vs raw _bulk -------------------------------------------------------------------------------

    /** One indexing run: wall-clock seconds, seconds inside the indexer (NaN for raw _bulk), CPU time used. */
    private record IndexingRun(double seconds, double indexerSeconds, CpuTime.Sample cpu) {

        String cpuUsed() {
            return String.format(Locale.ROOT, "%.1f + %.1f + %.1f = %.1f", cpu.jvm(), cpu.postgres(), cpu.search(),
                    cpu.total());
        }
    }

    /**
     * Drains the outbox with {@code workers} relays at once, each batch its own transaction (several app instances
     * do that: rows are claimed FOR UPDATE SKIP LOCKED). A worker stops when it finds nothing it can claim.
     */
    private IndexingRun relay(TestDatabase db, OpenSearchClient client, String alias, long expected,
                              boolean commitFlush, int workers) throws Exception {
        TimedIndexer indexer = new TimedIndexer(new OpenSearchRecordIndexer(client, alias, clock,
                new DatabaseIdentity(db.dataSource())::id));
        indexer.count(); // creates the index behind the alias before the clock starts, as the raw side's is
        indexer.nanos.reset();
        AtomicLong relayed = new AtomicLong();
        AtomicInteger batches = new AtomicInteger();
        Runnable worker = () -> {
            while (true) {
                int applied = db.fromTransaction(em -> {
                    if (commitFlush) {
                        // what one line at the top of relayBatch would do: no auto-flush (a dirty check of every
                        // managed entity) before each of its ~1,000 reads; it changes nothing before its last read
                        em.setFlushMode(FlushModeType.COMMIT);
                    }
                    return outbox(em, indexer).relayBatch(RELAY_BATCH);
                });
                if (applied == 0) {
                    return;
                }
                long total = relayed.addAndGet(applied);
                if (batches.incrementAndGet() % 100 == 0) {
                    System.out.printf("  relayed %,d%n", total);
                }
            }
        };
        CpuTime.Sample cpuBefore = cpu.sample();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime.Sample used = cpu.sample().minus(cpuBefore);
        long waiting = db.fromTransaction(em -> outbox(em, null).backlog().waiting());
        client.indices().refresh(r -> r.index(alias));
        long indexed = indexer.count();
        System.out.printf("  relay into %s: %,d rows in %d batches by %d worker(s), %.1f s; index holds %,d%n", alias,
                relayed.get(), batches.get(), workers, seconds, indexed);
        if (relayed.get() != expected || waiting != 0 || indexed != expected) {
            throw new IllegalStateException("relay incomplete: relayed " + relayed + ", waiting " + waiting
                    + ", indexed " + indexed + ", expected " + expected);
        }
        return new IndexingRun(seconds, indexer.nanos.sum() / 1e9, used);
    }

    private Outbox outbox(jakarta.persistence.EntityManager em, RecordIndexer indexer) {
        Sources sources = SourcesWiring.sources(em, clock);
        Records records = RecordsWiring.records(em, sources, clock, event -> { });
        return OutboxWiring.outbox(em, records, sources, indexer, clock);
    }

    private void requeue(TestDatabase db, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 5_000) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 5_000));
            db.inTransaction(em -> outbox(em, null).requeue(slice));
        }
    }

    /**
     * The relay's documents as it stored them (each {@code _source}, read back in id order), in bulk bodies of
     * {@value #RELAY_BATCH} with the action line the indexer writes (external version, through an alias).
     */
    private List<byte[]> rawBulks(OpenSearchClient client, String from, String into, List<Long> ids)
            throws IOException, InterruptedException {
        // a fresh index, same settings, behind an alias
        new OpenSearchRecordIndexer(client, into, clock, TestClients.aDatabase()).count();
        List<byte[]> bulks = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int inBody = 0;
        long totalBytes = 0;
        JsonNode searchAfter = null;
        while (true) {
            ObjectNode page = JSON.createObjectNode().put("size", 5_000).put("version", true);
            page.putArray("sort").addObject().put("id", "asc");
            if (searchAfter != null) {
                page.set("search_after", searchAfter);
            }
            JsonNode hits = JSON.readTree(send("POST", "/" + from + "/_search", page.toString(),
                    "application/json")).at("/hits/hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                ObjectNode action = JSON.createObjectNode();
                action.putObject("index").put("_id", hit.get("_id").asText()).put("_index", into)
                        .put("require_alias", true).put("version", hit.get("_version").asLong())
                        .put("version_type", "external");
                body.write(JSON.writeValueAsBytes(action));
                body.write('\n');
                byte[] source = JSON.writeValueAsBytes(hit.get("_source"));
                totalBytes += source.length;
                body.write(source);
                body.write('\n');
                ids.add(hit.get("_source").get("id").asLong());
                if (++inBody == RELAY_BATCH) {
                    bulks.add(body.toByteArray());
                    body.reset();
                    inBody = 0;
                }
            }
            searchAfter = hits.get(hits.size() - 1).get("sort");
        }
        if (inBody > 0) {
            bulks.add(body.toByteArray());
        }
        System.out.printf("  read back %,d documents (%,d bytes of _source) into %d bulk bodies%n", ids.size(),
                totalBytes, bulks.size());
        return bulks;
    }

    /** A bulk answer that says how long it took and that no item failed. */
    private static boolean bulkSucceeded(String answer) {
        try {
            JsonNode bulk = JSON.readTree(answer);
            return bulk.path("took").isNumber() && BooleanNode.FALSE.equals(bulk.get("errors"));
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    private IndexingRun rawBulk(OpenSearchClient client, String alias, List<byte[]> bulks, long expected)
            throws IOException, InterruptedException {
        URI bulk = node.resolve("/_bulk");
        CpuTime.Sample cpuBefore = cpu.sample();
        long started = System.nanoTime();
        for (byte[] body : bulks) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(bulk)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !bulkSucceeded(response.body())) {
                throw new IllegalStateException("raw bulk failed: " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime.Sample used = cpu.sample().minus(cpuBefore);
        client.indices().refresh(r -> r.index(alias));
        long indexed = client.count(c -> c.index(alias)).count();
        System.out.printf("  raw _bulk into %s: %d bodies, %.1f s; index holds %,d%n", alias, bulks.size(), seconds,
                indexed);
        if (indexed != expected) {
            throw new IllegalStateException("raw bulk indexed " + indexed + ", expected " + expected);
        }
        return new IndexingRun(seconds, Double.NaN, used);
    }

    private static void deleteIndices(OpenSearchClient client, String alias) throws IOException {
        client.indices().delete(d -> d.index(alias + "-v*").ignoreUnavailable(true).allowNoIndices(true));
    }

    /** Counts the time spent in the indexer (document mapping, the client and the _bulk round trip). */
    private static final class TimedIndexer implements RecordIndexer {
        private final RecordIndexer delegate;
        final LongAdder nanos = new LongAdder();

        TimedIndexer(RecordIndexer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<Long, String> apply(List<RecordDetails> published, List<Retraction> retracted) {
            long started = System.nanoTime();
            try {
                Map<Long, String> refused = delegate.apply(published, retracted);
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("the benchmark's node refused documents: " + refused);
                }
                return refused;
            } catch (IndexUnavailableException e) {
                throw new IllegalStateException("the benchmark's node failed to index a batch", e);
            } finally {
                nanos.add(System.nanoTime() - started);
            }
        }

        @Override
        public Map<Long, String> applySources(List<SourceDetails> published) {
            return delegate.applySources(published);
        }

        @Override
        public Rebuild rebuild() {
            return delegate.rebuild();
        }

        @Override
        public Optional<String> reasonToRebuild() {
            return delegate.reasonToRebuild();
        }

        @Override
        public long count() {
            return delegate.count();
        }
    }

    // ---- (b) search latency -----------------------------------------------------------------------------------

    /** One query of the mix: what the researcher asks, as a request object and as /api/search parameters. */
    private record Query(String what, SearchRequest request, String parameters) {
    }

    private static Query query(String what, String q, RecordKind kind, Integer decade, SearchMode mode,
                               SearchSort sort, int page) {
        SearchRequest request = new SearchRequest(q, kind == null ? Set.of() : Set.of(kind), Set.of(), Set.of(),
                Set.of(), decade == null ? Set.of() : Set.of(decade), mode, sort, page, SearchRequest.DEFAULT_SIZE);
        StringBuilder parameters = new StringBuilder("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (kind != null) {
            parameters.append("&kind=").append(kind.name());
        }
        if (decade != null) {
            parameters.append("&decade=").append(decade);
        }
        if (mode != null) {
            parameters.append("&mode=").append(mode.name().toLowerCase(Locale.ROOT));
        }
        if (sort != null) {
            parameters.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
        }
        if (page > 0) {
            parameters.append("&page=").append(page);
        }
        return new Query(what, request, parameters.toString());
    }

    static List<Query> mix() {
        return List.of(
                query("word", "light", null, null, null, null, 0),
                query("word", "covenant", null, null, null, null, 0),
                query("word", "shepherd", null, null, null, null, 0),
                query("two words", "living water", null, null, null, null, 0),
                query("three words", "faith hope charity", null, null, null, null, 0),
                query("phrase", "\"in the beginning\"", null, null, null, null, 0),
                query("phrase", "\"valley of the shadow of death\"", null, null, null, null, 0),
                query("exclusion", "lamb -passover", null, null, null, null, 0),
                query("OR", "famine OR pestilence", null, null, null, null, 0),
                query("folded name", "Moze", null, null, null, null, 0),
                query("folded name", "Jeruzale", null, null, null, null, 0),
                query("folded name + word", "Jokubas blessed", null, null, null, null, 0),
                query("folded name", "Abisalomas Absalomas", null, null, null, null, 0),
                query("stemmed", "begotten sons", null, null, null, null, 0),
                query("typo", "Jerusalm", null, null, null, null, 0),
                query("everything (facets only)", "", null, null, null, null, 0),
                query("word + kind + decade", "Moses", RecordKind.CLAUSE, 1760, null, null, 0),
                query("exact mode", "LORD", null, null, SearchMode.EXACT, null, 0),
                query("sort by date", "wilderness", null, null, null, SearchSort.DATE, 0),
                query("page 3", "king", null, null, null, null, 2));
    }

    private void searchLatency(OpenSearchClient client, String alias) throws Exception {
        Searches searches = new Searches(client, alias);
        List<Query> mix = mix();
        Method build = Class.forName("org.primarysources.archive.search.query.SearchQueries")
                .getDeclaredMethod("build", String.class, SearchRequest.class);
        build.setAccessible(true); // package-private by design; the benchmark sends byte-identical queries
        List<HttpRequest> direct = new ArrayList<>();
        List<HttpRequest> api = new ArrayList<>();
        try (InProcessSearchApi server = new InProcessSearchApi(searches)) {
            for (Query query : mix) {
                org.opensearch.client.opensearch.core.SearchRequest request =
                        (org.opensearch.client.opensearch.core.SearchRequest) build.invoke(null, alias,
                                query.request());
                var endpoint = org.opensearch.client.opensearch.core.SearchRequest._ENDPOINT;
                String parameters = endpoint.queryParameters(request).entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                direct.add(HttpRequest.newBuilder(node.resolve(endpoint.requestUrl(request) + "?" + parameters))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(TestClients.json(request))).build());
                api.add(HttpRequest.newBuilder(server.base().resolve("/api/search?" + query.parameters()))
                        .timeout(Duration.ofSeconds(10)).GET().build());
            }
            line("## (b) Search latency: /api/search vs the same query straight to _search");
            line("");
            line("Query mix (20, cycled in order): %s", mix.stream().map(q -> "`" + q.parameters() + "`")
                    .collect(Collectors.joining(", ")));
            line("");
            line("| query | total hits | /api/search response bytes | _search response bytes |");
            line("|---|---:|---:|---:|");
            for (int i = 0; i < mix.size(); i++) {
                JsonNode viaApi = JSON.readTree(body(api.get(i)));
                JsonNode straight = JSON.readTree(body(direct.get(i)));
                long apiTotal = viaApi.get("total").asLong();
                long directTotal = straight.at("/hits/total/value").asLong();
                if (apiTotal != directTotal) {
                    throw new IllegalStateException(mix.get(i).parameters() + ": /api/search says " + apiTotal
                            + " hits, _search " + directTotal);
                }
                line("| %s `%s` | %,d | %,d | %,d |", mix.get(i).what(), mix.get(i).parameters(), apiTotal,
                        body(api.get(i)).length, body(direct.get(i)).length);
            }

            int warmup = intOption("warmup", 300);
            int requests = intOption("requests", 2_000);
            Latencies apiTimes = new Latencies("`GET /api/search` (in-process HTTP server → SearchResource → "
                    + "Searches → OpenSearch; JSON-B)");
            Latencies searchesTimes = new Latencies("`Searches.search` called in-process (no HTTP in front)");
            Latencies directTimes = new Latencies("`POST /<alias>/_search`, same body, JDK HTTP client");
            Latencies handlerTimes = new Latencies("… of which inside the /api/search handler (SearchResource, "
                    + "Searches, JSON-B)");
            for (int round = 0; round < warmup + requests; round++) {
                int q = round % mix.size();
                boolean measured = round >= warmup;
                if (round == warmup) {
                    server.measureHandlerInto(handlerTimes);
                }
                // rotate the order so that none of the three always comes first
                for (int k = 0; k < 3; k++) {
                    switch ((round + k) % 3) {
                        case 0 -> time(measured ? apiTimes : null, () -> body(api.get(q)));
                        case 1 -> time(measured ? directTimes : null, () -> body(direct.get(q)));
                        default -> time(measured ? searchesTimes : null, () -> searches.search(mix.get(q).request()));
                    }
                }
            }
            line("");
            line("%d warm-up rounds, then %,d measured requests of each kind, one at a time (closed loop, concurrency"
                    + " 1), interleaved; time = request sent → whole response body read.", warmup, requests);
            line("");
            line(Latencies.header());
            line(apiTimes.row());
            line(handlerTimes.row());
            line(searchesTimes.row());
            line(directTimes.row());
            line("");
            line("**/api/search − _search: p50 %+.2f ms, p99 %+.2f ms** (goal: p99 ≤ +5 ms)",
                    apiTimes.percentile(50) - directTimes.percentile(50),
                    apiTimes.percentile(99) - directTimes.percentile(99));
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static void time(Latencies into, Call call) {
        long started = System.nanoTime();
        try {
            call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (into != null) {
            into.add(System.nanoTime() - started);
        }
    }

    private byte[] body(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private String send(String method, String path, String json, String type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Which server the corpus goes to, and whether its commits are durable (the embedded default's are). */
    private void database(TestDatabase db) throws SQLException {
        List<String> settings = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            String url = c.getMetaData().getURL();
            if (url.startsWith("jdbc:postgresql://127.0.0.1:") || url.startsWith("jdbc:postgresql://localhost:")) {
                try (ResultSet backend = s.executeQuery("SELECT pg_backend_pid()")) {
                    backend.next();
                    postmaster = CpuTime.parentOf(backend.getLong(1)).orElse(0);
                }
            }
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes",
                    "shared_buffers")) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    settings.add(setting + " " + r.getString(1));
                }
            }
            line("PostgreSQL at %s: %s; postmaster pid %s", url.contains("?") ? url.substring(0, url.indexOf('?'))
                    : url, String.join(", ", settings), postmaster == 0 ? "not on this machine" : postmaster);
        }
    }

    private void machine() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\s+", " ")).orElse("?");
        line("Machine: %d cores (%s), %s; Java %s; load average at the start: %s",
                Runtime.getRuntime().availableProcessors(), model, memory, System.getProperty("java.version"),
                loadAverage());
        line("Busiest other processes at the start: %s", busiest());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String busiest() {
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "pid,pcpu,rss,comm", "--sort=-pcpu", "--no-headers")
                    .redirectErrorStream(true).start();
            String self = Long.toString(ProcessHandle.current().pid());
            List<String> lines = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.startsWith(self + " ")).limit(6).toList();
            ps.waitFor();
            return String.join("; ", lines);
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
