package org.primarysources.archive.search.testing;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.search.index.OpenSearchRecordIndexer;
import org.primarysources.archive.search.index.TestClients;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Published records indexed on the build's OpenSearch node behind an alias of their own, as the indexer writes them,
 * and searchable at once; {@link #close()} removes the index.
 */
public final class IndexedRecords implements AutoCloseable {

    private final OpenSearchClient client;
    private final String alias;

    private IndexedRecords(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The records indexed behind a new alias named {@code <prefix>-<random>}. */
    public static IndexedRecords of(String prefix, List<RecordDetails> records) throws IOException {
        OpenSearchClient client = TestClients.itNode();
        String alias = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        new OpenSearchRecordIndexer(client, alias, Clock.systemUTC(), TestClients.aDatabase()).apply(records,
                List.of());
        client.indices().refresh(r -> r.index(alias));
        return new IndexedRecords(client, alias);
    }

    public OpenSearchClient client() {
        return client;
    }

    public String alias() {
        return alias;
    }

    /** The concrete index behind the alias. */
    public String index() throws IOException {
        return client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
    }

    @Override
    public void close() throws IOException {
        client.indices().delete(d -> d.index(alias + "*").ignoreUnavailable(true).allowNoIndices(true));
        TestClients.close(client);
    }
}
