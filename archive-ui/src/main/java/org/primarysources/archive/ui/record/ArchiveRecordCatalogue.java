package org.primarysources.archive.ui.record;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.primarysources.archive.core.citation.CitationFormat;
import org.primarysources.archive.core.citation.CitationStyle;
import org.primarysources.archive.core.citation.Citations;
import org.primarysources.archive.core.provenance.VersionSummary;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;

/** {@link RecordCatalogue} answered by core's {@link Records}, {@link Sources} and {@link Citations}. */
@ApplicationScoped
class ArchiveRecordCatalogue implements RecordCatalogue {

    private final Records records;
    private final Sources sources;
    private final Citations citations;
    private final Clock clock;

    @Inject
    ArchiveRecordCatalogue(Records records, Sources sources, Citations citations, Clock clock) {
        this.records = records;
        this.sources = sources;
        this.citations = citations;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveRecordCatalogue() {
        this(null, null, null, null);
    }

    @Override
    public RecordDetails record(long id) {
        return records.details(id);
    }

    @Override
    public RecordDetails version(long id, int version) {
        return records.version(id, version);
    }

    @Override
    public List<VersionSummary> versions(long id) {
        return records.versions(id);
    }

    @Override
    public String citation(RecordDetails record, CitationStyle style, URI versionUrl) {
        // the source as it was when cited, like the API's /records/{id}/cite
        Integer citedVersion = record.citations().isEmpty() ? null : record.citations().get(0).sourceVersion();
        SourceDetails source = citedVersion == null ? sources.details(record.source().id())
                : sources.version(record.source().id(), citedVersion);
        return citations.cite(record, source, CitationFormat.TEXT, style, versionUrl, LocalDate.now(clock));
    }
}
