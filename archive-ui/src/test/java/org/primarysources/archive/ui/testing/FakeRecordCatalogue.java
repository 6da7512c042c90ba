package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.linkeddata.Descriptions;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.record.RecordCatalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Published records kept in memory, version by version; citations say which style and URL they were asked for. */
public final class FakeRecordCatalogue implements RecordCatalogue {

    /** The canonical root the fakes answer with: not the host the tests run on. */
    public static final PublicAddresses ADDRESSES = new PublicAddresses("https://archive.example.org/");

    private final Map<Long, List<RecordDetails>> versions = new HashMap<>();

    /** A catalogue holding one quote, record 1. */
    public static FakeRecordCatalogue sample() {
        return new FakeRecordCatalogue().with(RecordBuilder.aQuote().id(1)
                .citing("described by The New York Times as \"", "virtual sacrifice of independence.", "\"")
                .build());
    }

    /** Adds the record's versions, oldest first. */
    public FakeRecordCatalogue with(RecordDetails... recordVersions) {
        for (RecordDetails version : recordVersions) {
            versions.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(version);
        }
        return this;
    }

    @Override
    public RecordDetails record(long id) {
        List<RecordDetails> all = versions.get(id);
        if (all == null) {
            throw new NotFoundException("there is no published record " + id);
        }
        return all.get(all.size() - 1);
    }

    @Override
    public RecordDetails version(long id, int version) {
        record(id);
        return versions.get(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("record " + id + " has no version " + version));
    }

    @Override
    public List<VersionSummary> versions(long id) {
        record(id);
        List<VersionSummary> summaries = new ArrayList<>();
        String previous = null;
        for (RecordDetails v : versions.get(id)) {
            summaries.add(new VersionSummary(v.version(), v.hash(), previous, "archivist", "editor",
                    v.publishedAt(), v.activity(), 10L + v.version()));
            previous = v.hash();
        }
        return summaries;
    }

    @Override
    public SourceDetails citedSource(RecordDetails record) {
        return SourceBuilder.theTreaty().id(record.source().id()).title(record.source().title()).build();
    }

    @Override
    public URI versionPage(long id, int version) {
        return ADDRESSES.recordVersion(id, version);
    }

    @Override
    public URI versionApi(long id, int version) {
        return ADDRESSES.recordVersionApi(id, version);
    }

    @Override
    public String linkedData(RecordDetails record) {
        return new Descriptions(ADDRESSES).jsonLd(record);
    }

    @Override
    public String citation(RecordDetails record, CitationStyle style, URI versionUrl) {
        return style.param() + ": " + record.text() + " " + versionUrl;
    }
}
