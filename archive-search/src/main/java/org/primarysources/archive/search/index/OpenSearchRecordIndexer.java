package org.primarysources.archive.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.get_mapping.IndexMappingRecord;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.primarysources.archive.core.outbox.IndexUnavailableException;
import org.primarysources.archive.core.outbox.RecordIndexer;
import org.primarysources.archive.core.platform.DatabaseIdentity;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Keeps the search index in step with what is published. Searches and writes go through one alias
 * ({@code archive.opensearch.index}, default {@code archive-records}); behind it is one concrete index named
 * {@code <alias>-v<mapping version>-<UTC timestamp>}, so a rebuild can fill a fresh index and swap the alias
 * atomically while searches keep answering from the old one.
 * <p>
 * Every document carries the record's version as an external version: a replayed or late batch never puts an
 * older version over a newer one (OpenSearch answers such an item with a version conflict, which here means
 * "already newer" and counts as done), and a retraction deletes only versions up to its own. That holds only while
 * the index and the database belong together: every index this creates carries the database's identity
 * ({@code archive_database_id} in its mapping's {@code _meta}), and an index of another database is never written to.
 * Nor is an index of another mapping version ({@code mapping_version} in its {@code _meta}): at start-up the archive
 * rebuilds either from its database ({@link #reasonToRebuild}), and the outbox keeps the changes meanwhile.
 */
@ApplicationScoped
public class OpenSearchRecordIndexer implements RecordIndexer {

    /** MicroProfile Config property naming the alias searches and writes go through. */
    public static final String INDEX_PROPERTY = "archive.opensearch.index";
    public static final String DEFAULT_ALIAS = "archive-records";
    /**
     * MicroProfile Config property: how many replicas each shard of a newly created index gets. On a cluster of
     * several nodes set a whole number (e.g. {@code 1}) so that losing one node loses no data and searches go on;
     * the default {@value #DEFAULT_REPLICAS} (as in {@code search/records-index-v2.json}) also gives one replica
     * once a second node is there, and none on a single node, which could never place it.
     */
    public static final String REPLICAS_PROPERTY = "archive.opensearch.replicas";
    public static final String DEFAULT_REPLICAS = "0-1";

    private static final Logger LOG = Logger.getLogger(OpenSearchRecordIndexer.class.getName());
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final String INDEX_NOT_FOUND = "index_not_found_exception";
    private static final String CLUSTER_BLOCK = "cluster_block_exception";
    private static final int DOCUMENTS_PER_PAGE = 1_000;
    private static final String SCROLL_KEEP_ALIVE = "1m";

    /** How long a replaced index lives on after the alias moved away from it, for searches still running on it. */
    private static final java.time.Duration REPLACED_INDEX_GRACE = java.time.Duration.ofSeconds(5);

    private OpenSearchClient client;
    private String alias;
    private Clock clock;
    private RecordsMapping mapping;
    private Supplier<UUID> databaseId;
    private volatile boolean aliasReady;
    /** Indices being rebuilt by this instance: changes applied meanwhile go to them too, so none is missed. */
    private final Set<String> building = ConcurrentHashMap.newKeySet();

    /** For CDI's proxy only. */
    protected OpenSearchRecordIndexer() {
    }

    /** With the replica count of the mapping resource ({@value #DEFAULT_REPLICAS}). */
    public OpenSearchRecordIndexer(OpenSearchClient client, String alias, Clock clock, Supplier<UUID> databaseId) {
        this(client, alias, DEFAULT_REPLICAS, clock, databaseId);
    }

    /** As the application builds it: the indices it creates carry the identity of the archive's database. */
    @Inject
    public OpenSearchRecordIndexer(OpenSearchClient client,
                                   @ConfigProperty(name = INDEX_PROPERTY, defaultValue = DEFAULT_ALIAS) String alias,
                                   @ConfigProperty(name = REPLICAS_PROPERTY, defaultValue = DEFAULT_REPLICAS)
                                   String replicas,
                                   Clock clock,
                                   DatabaseIdentity database) {
        this(client, alias, replicas, clock, database::id);
    }

    /**
     * @param replicas   replicas of each shard of the indices this creates ({@value #REPLICAS_PROPERTY}): a whole
     *                   number, or an auto-expand range such as the default {@value #DEFAULT_REPLICAS} (one replica
     *                   as soon as a second node is there, none on a single node). Applies to indices created from
     *                   now on: the first one behind the alias and every rebuild; a live index keeps its count.
     * @param databaseId the identity of the database the index is filled from, read when an index is created or
     *                   the live one is checked
     */
    public OpenSearchRecordIndexer(OpenSearchClient client, String alias, String replicas, Clock clock,
                                   Supplier<UUID> databaseId) {
        if (alias == null || !INDEX_NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException(INDEX_PROPERTY + " must be a lowercase index name, not " + alias);
        }
        this.client = client;
        this.alias = alias;
        this.clock = clock;
        this.databaseId = databaseId;
        try {
            this.mapping = RecordsMapping.current(client._transport().jsonpMapper(), replicas);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REPLICAS_PROPERTY + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, String> apply(List<RecordDetails> published, List<Retraction> retracted) {
        if (published.isEmpty() && retracted.isEmpty()) {
            return Map.of();
        }
        ensureAlias();
        List<BulkOperation> operations = new ArrayList<>(operations(alias, true, published, retracted));
        for (String index : building) {
            operations.addAll(operations(index, false, published, retracted));
        }
        return refusedIds(bulk(operations), "");
    }

    @Override
    public Map<Long, String> applySources(List<SourceDetails> published) {
        if (published.isEmpty()) {
            return Map.of();
        }
        ensureAlias();
        List<BulkOperation> operations = new ArrayList<>(sourceOperations(alias, true, published));
        for (String index : building) {
            operations.addAll(sourceOperations(index, false, published));
        }
        return refusedIds(bulk(operations), RecordDocument.SOURCE_ID_PREFIX);
    }

    /** Document id → reason, as record or source id → reason. */
    private static Map<Long, String> refusedIds(Map<String, String> refused, String prefix) {
        Map<Long, String> ids = new HashMap<>();
        refused.forEach((documentId, reason) -> ids.putIfAbsent(
                Long.parseLong(documentId.substring(prefix.length())), reason));
        return ids;
    }

    private static List<BulkOperation> sourceOperations(String target, boolean viaAlias, List<SourceDetails> sources) {
        List<BulkOperation> operations = new ArrayList<>(sources.size());
        for (SourceDetails source : sources) {
            RecordDocument document = RecordDocument.of(source);
            operations.add(BulkOperation.of(b -> b.index(i -> i
                    .index(target)
                    .id(document.documentId())
                    .version((long) source.version())
                    .versionType(VersionType.External)
                    .requireAlias(viaAlias ? Boolean.TRUE : null)
                    .document(document))));
        }
        return operations;
    }

    @Override
    public Rebuild rebuild() {
        String index = newIndexName();
        UUID database = databaseId.get();
        try {
            client.indices().create(c -> c.index(index).settings(mapping.settings())
                    .mappings(mapping.stampedWith(database)));
        } catch (IOException | OpenSearchException e) {
            throw unavailable("cannot create the index " + index + " to rebuild into", e);
        }
        building.add(index);
        LOG.info(() -> "rebuilding the search index into " + index);
        return new IndexRebuild(index);
    }

    @Override
    public Map<String, Long> documentVersions() {
        ensureAlias();
        Map<String, Long> versions = new HashMap<>();
        String scrollId = null;
        try {
            SearchResponse<Void> page = client.search(s -> s.index(alias).size(DOCUMENTS_PER_PAGE).version(true)
                    .source(src -> src.fetch(false)).scroll(t -> t.time(SCROLL_KEEP_ALIVE)), Void.class);
            while (true) {
                scrollId = page.scrollId();
                List<Hit<Void>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return versions;
                }
                hits.forEach(hit -> versions.put(hit.id(), hit.version()));
                String next = scrollId;
                page = client.scroll(s -> s.scrollId(next).scroll(t -> t.time(SCROLL_KEEP_ALIVE)), Void.class);
            }
        } catch (IOException | OpenSearchException e) {
            throw unavailable("cannot list the documents of " + alias, e);
        } finally {
            if (scrollId != null) {
                String done = scrollId;
                try {
                    client.clearScroll(c -> c.scrollId(done));
                } catch (IOException | OpenSearchException e) {
                    LOG.fine(() -> "a scroll was left to expire: " + e.getMessage());
                }
            }
        }
    }

    @Override
    public long count() {
        ensureAlias();
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (IOException | OpenSearchException e) {
            throw unavailable("cannot count the documents of " + alias, e);
        }
    }

    @Override
    public Optional<String> reasonToRebuild() {
        try {
            ensureAlias();
            return Optional.empty();
        } catch (IndexToRebuild e) {
            return Optional.of(e.reason);
        }
    }

    /** The alias searches and writes go through. */
    public String alias() {
        return alias;
    }

    /**
     * Creates the first index behind the alias if there is none, stamped with the database's identity, and refuses
     * a live index of another database or mapping version. Safe when several instances start at once: the alias is
     * created with the index in one cluster-state update and marked as its write index, and OpenSearch refuses a
     * second write index for an alias, so only one instance's index gets it; the others find the alias.
     */
    void ensureAlias() {
        if (aliasReady) {
            return;
        }
        UUID database = databaseId.get();
        try {
            if (!aliasExists()) {
                String index = newIndexName();
                try {
                    client.indices().create(c -> c.index(index)
                            .settings(mapping.settings())
                            .mappings(mapping.stampedWith(database))
                            .aliases(alias, a -> a.isWriteIndex(true)));
                    LOG.info(() -> "created the search index " + index + " behind the alias " + alias);
                } catch (IOException | OpenSearchException e) {
                    // another instance may have won the race: OpenSearch refuses a second write index (HTTP 500)
                    if (!aliasExists()) {
                        throw unavailable("cannot create the search index " + index, e);
                    }
                    LOG.fine(() -> "another instance created the alias " + alias + " first");
                }
            }
            // an index just created by another instance (or recovering after a restart) may not take writes yet;
            // OpenSearch calls a new index "yellow" while its primary is still initializing, hence the second wait
            HealthResponse health = client.cluster().health(h -> h.index(alias)
                    .waitForStatus(HealthStatus.Yellow)
                    .waitForNoInitializingShards(true)
                    .timeout(t -> t.time("5s")));
            if (health.status() == HealthStatus.Red || health.timedOut() && health.activePrimaryShards() == 0) {
                throw new IndexUnavailableException("the search index " + alias + " is not ready yet ("
                        + health.status().jsonValue() + ")", null);
            }
            refuseAnIndexToRebuild(database);
            aliasReady = true;
        } catch (IOException | OpenSearchException e) {
            throw unavailable("cannot reach the search index " + alias, e);
        }
    }

    private boolean aliasExists() throws IOException {
        return client.indices().existsAlias(e -> e.name(alias)).value();
    }

    private List<String> indicesBehindAlias() throws IOException {
        if (!aliasExists()) {
            return List.of();
        }
        return new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    /**
     * Nothing is written into an index filled from another database, or from before indices were stamped, or made
     * from another mapping version than this one's (its analysers and fields are not the ones searched, and its
     * strict mapping would refuse documents of another shape).
     */
    private void refuseAnIndexToRebuild(UUID database) throws IOException {
        Map<String, IndexMappingRecord> live = client.indices().getMapping(g -> g.index(alias)).result();
        for (Map.Entry<String, IndexMappingRecord> index : live.entrySet()) {
            TypeMapping mappings = index.getValue().mappings();
            Optional<String> stamp = RecordsMapping.databaseIdOf(mappings);
            if (stamp.isEmpty()) {
                throw new IndexToRebuild("the live search index " + index.getKey() + " carries no database"
                        + " identity (it was filled before indices were stamped), so it may hold another database's"
                        + " records; this database is " + database);
            }
            if (!stamp.get().equals(database.toString())) {
                throw new IndexToRebuild("the live search index " + index.getKey() + " was filled from"
                        + " another database (" + stamp.get() + "), not from this one (" + database + ")");
            }
            OptionalInt version = RecordsMapping.versionOf(mappings);
            if (version.isEmpty() || version.getAsInt() != mapping.version()) {
                throw new IndexToRebuild("the live search index " + index.getKey() + " was made from mapping version "
                        + (version.isEmpty() ? "(none)" : version.getAsInt()) + ", this archive searches with version "
                        + mapping.version() + " (" + RecordsMapping.resource(mapping.version()) + ")");
            }
        }
    }

    /**
     * The live index must be rebuilt from this database (it is another database's, or of another mapping version):
     * unavailable for writes until a rebuild replaced it. The outbox keeps what could not be written.
     */
    private static final class IndexToRebuild extends IndexUnavailableException {
        private final String reason;

        IndexToRebuild(String reason) {
            super(reason + "; nothing is written into it until it is rebuilt from this database", null);
            this.reason = reason;
        }
    }

    private String newIndexName() {
        return alias + "-v" + mapping.version() + "-" + STAMP.format(clock.instant());
    }

    private static List<BulkOperation> operations(String target, boolean viaAlias, List<RecordDetails> published,
                                                  List<Retraction> retracted) {
        List<BulkOperation> operations = new ArrayList<>(published.size() + retracted.size());
        for (RecordDetails record : published) {
            if (record.retracted()) {
                operations.add(delete(target, record.id(), record.version()));
            } else {
                RecordDocument document = RecordDocument.of(record);
                operations.add(BulkOperation.of(b -> b.index(i -> i
                        .index(target)
                        .id(Long.toString(record.id()))
                        .version((long) record.version())
                        .versionType(VersionType.External)
                        // never let a write auto-create a concrete index named like the alias
                        .requireAlias(viaAlias ? Boolean.TRUE : null)
                        .document(document))));
            }
        }
        for (Retraction retraction : retracted) {
            operations.add(delete(target, retraction.recordId(), retraction.version()));
        }
        return operations;
    }

    private static BulkOperation delete(String target, long id, int version) {
        return BulkOperation.of(b -> b.delete(d -> d
                .index(target)
                .id(Long.toString(id))
                .version((long) version)
                .versionType(VersionType.External)));
    }

    /**
     * One bulk request. A version conflict counts as done (a newer version is already there), and so does deleting
     * what is not there. An item failing for a reason that may pass (the node or cluster: HTTP 429 or 5xx, a
     * missing index, a cluster block such as a read-only index) fails the whole batch, which the outbox retries —
     * the operations are idempotent. An item the index refuses in itself (any other 4xx, e.g. a document the
     * mapping cannot take) is returned, by document id, with the index's reason; the others were applied.
     */
    private Map<String, String> bulk(List<BulkOperation> operations) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(operations));
        } catch (IOException | OpenSearchException e) {
            throw unavailable("cannot reach the search index", e);
        }
        if (!response.errors()) {
            return Map.of();
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && !VERSION_CONFLICT.equals(item.error().type()))
                .toList();
        if (failed.stream().anyMatch(item -> INDEX_NOT_FOUND.equals(item.error().type()))) {
            aliasReady = false;
        }
        List<BulkResponseItem> passing = failed.stream().filter(OpenSearchRecordIndexer::mayPass).toList();
        if (!passing.isEmpty()) {
            BulkResponseItem first = passing.get(0);
            throw new IndexUnavailableException(passing.size() + " of " + response.items().size()
                    + " index operations failed, e.g. record " + first.id() + " in " + first.index() + ": "
                    + first.error().type() + ": " + first.error().reason(), null);
        }
        Map<String, String> refused = new HashMap<>();
        for (BulkResponseItem item : failed) {
            refused.putIfAbsent(item.id(), item.error().type() + ": " + item.error().reason());
        }
        return refused;
    }

    private static boolean mayPass(BulkResponseItem item) {
        String type = item.error().type();
        return item.status() == 429 || item.status() >= 500 || INDEX_NOT_FOUND.equals(type)
                || CLUSTER_BLOCK.equals(type) || item.id() == null;
    }

    /** For a rebuild every document must go in: a refusal fails it like an outage. */
    private static void requireAllApplied(Map<String, String> refused, String index) {
        if (!refused.isEmpty()) {
            Map.Entry<String, String> first = refused.entrySet().iterator().next();
            throw new IndexUnavailableException(refused.size() + " documents were refused by " + index
                    + ", e.g. " + first.getKey() + ": " + first.getValue(), null);
        }
    }

    private static IndexUnavailableException unavailable(String message, Exception e) {
        return new IndexUnavailableException(message + ": " + e.getMessage(), e);
    }

    /** A fresh index filled beside the live one; the alias moves to it only when it is complete. */
    private final class IndexRebuild implements Rebuild {

        private final String index;
        private volatile boolean done;

        IndexRebuild(String index) {
            this.index = index;
        }

        @Override
        public void add(List<RecordDetails> published) {
            requireOpen();
            if (!published.isEmpty()) {
                requireAllApplied(bulk(operations(index, false, published, List.of())), index);
            }
        }

        @Override
        public void addSources(List<SourceDetails> published) {
            requireOpen();
            if (!published.isEmpty()) {
                requireAllApplied(bulk(sourceOperations(index, false, published)), index);
            }
        }

        @Override
        public String finish() {
            requireOpen();
            List<String> old;
            try {
                client.indices().refresh(r -> r.index(index));
                old = indicesBehindAlias();
                old.remove(index);
                List<Action> actions = new ArrayList<>();
                if (!old.isEmpty()) {
                    actions.add(Action.of(a -> a.remove(r -> r.indices(old).alias(alias))));
                }
                actions.add(Action.of(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
                client.indices().updateAliases(u -> u.actions(actions));
            } catch (IOException | OpenSearchException e) {
                throw unavailable("cannot point " + alias + " at the rebuilt index " + index, e);
            }
            done = true;
            aliasReady = true;
            building.remove(index);
            LOG.info(() -> "the alias " + alias + " now points at " + index + " (was " + old + ")");
            if (!old.isEmpty()) {
                // a search that resolved the alias just before the swap still runs on the old index: let it finish
                try {
                    Thread.sleep(REPLACED_INDEX_GRACE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (String stale : old) {
                try {
                    client.indices().delete(d -> d.index(stale));
                } catch (IOException | OpenSearchException e) {
                    LOG.log(Level.WARNING, "could not delete the replaced search index " + stale
                            + "; delete it by hand", e);
                }
            }
            return index;
        }

        @Override
        public void abandon() {
            if (done) {
                return;
            }
            done = true;
            building.remove(index);
            try {
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
                LOG.info(() -> "abandoned the rebuild into " + index);
            } catch (IOException | OpenSearchException e) {
                throw unavailable("could not delete the abandoned index " + index, e);
            }
        }

        private void requireOpen() {
            if (done) {
                throw new IllegalStateException("the rebuild into " + index + " is already finished or abandoned");
            }
        }
    }
}
