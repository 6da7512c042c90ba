package org.primarysources.archive.ui.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.linkeddata.Descriptions;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.RecordPage;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link SourceCatalogue} answered by core's {@link Sources}, {@link Records}, {@link Descriptions} and
 * {@link PublicAddresses}.
 */
@ApplicationScoped
class ArchiveSourceCatalogue implements SourceCatalogue {

    private final Sources sources;
    private final Records records;
    private final Descriptions descriptions;
    private final PublicAddresses addresses;

    @Inject
    ArchiveSourceCatalogue(Sources sources, Records records, Descriptions descriptions, PublicAddresses addresses) {
        this.sources = sources;
        this.records = records;
        this.descriptions = descriptions;
        this.addresses = addresses;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveSourceCatalogue() {
        this(null, null, null, null);
    }

    @Override
    public URI page(long id) {
        return addresses.source(id);
    }

    @Override
    public URI api(long id) {
        return addresses.sourceApi(id);
    }

    @Override
    public String linkedData(SourceDetails source) {
        return descriptions.jsonLd(source);
    }

    @Override
    public SourceDetails source(long id) {
        return sources.details(id);
    }

    @Override
    public SourceDetails version(long id, int version) {
        return sources.version(id, version);
    }

    @Override
    public List<RecordDetails> citingRecords(long sourceId) {
        List<RecordDetails> found = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.CLAUSE, RecordKind.QUOTE)) {
            for (int page = 0; ; page++) {
                RecordPage batch = records.page(kind, sourceId, page, Records.MAX_PAGE_SIZE);
                found.addAll(batch.items());
                if (batch.items().size() < Records.MAX_PAGE_SIZE) {
                    break;
                }
            }
        }
        found.sort(Comparator.comparingLong(RecordDetails::id));
        return found;
    }
}
