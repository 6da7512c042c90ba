package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.linkeddata.Descriptions;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.source.SourceCatalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Published sources kept in memory, version by version, with the records taken from them. */
public final class FakeSourceCatalogue implements SourceCatalogue {

    private final Map<Long, List<SourceDetails>> versions = new HashMap<>();
    private final List<RecordDetails> records = new ArrayList<>();

    /** A catalogue holding the treaty, source 3, with Article VII and the quote of the New York Times marked. */
    public static FakeSourceCatalogue sample() {
        SourceDetails treaty = SourceBuilder.theTreaty().build();
        return new FakeSourceCatalogue().with(treaty)
                .withRecords(SourceBuilder.quoting(RecordBuilder.aClause().id(7), treaty,
                                "The enforcement of this treaty shall in no way affect the sovereign rights of the "
                                        + "contracting parties."),
                        SourceBuilder.quoting(RecordBuilder.aQuote().id(1), treaty,
                                "virtual sacrifice of independence."));
    }

    /** Adds the source's versions, oldest first. */
    public FakeSourceCatalogue with(SourceDetails... sourceVersions) {
        for (SourceDetails version : sourceVersions) {
            versions.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(version);
        }
        return this;
    }

    /** Adds published records taken from a source (the source they name). */
    public FakeSourceCatalogue withRecords(RecordDetails... taken) {
        records.addAll(List.of(taken));
        return this;
    }

    @Override
    public SourceDetails source(long id) {
        List<SourceDetails> all = versions.get(id);
        if (all == null) {
            throw new NotFoundException("there is no published source " + id);
        }
        return all.get(all.size() - 1);
    }

    @Override
    public SourceDetails version(long id, int version) {
        source(id);
        return versions.get(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("source " + id + " has no version " + version));
    }

    @Override
    public URI page(long id) {
        return FakeRecordCatalogue.ADDRESSES.source(id);
    }

    @Override
    public URI api(long id) {
        return FakeRecordCatalogue.ADDRESSES.sourceApi(id);
    }

    @Override
    public String linkedData(SourceDetails source) {
        return new Descriptions(FakeRecordCatalogue.ADDRESSES).jsonLd(source);
    }

    @Override
    public List<RecordDetails> citingRecords(long sourceId) {
        return records.stream()
                .filter(record -> record.source().id() == sourceId)
                .filter(record -> record.kind() == RecordKind.CLAUSE || record.kind() == RecordKind.QUOTE)
                .filter(record -> !record.retracted())
                .sorted(Comparator.comparingLong(RecordDetails::id))
                .toList();
    }
}
