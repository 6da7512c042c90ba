package org.primarysources.archive.ui.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.citing.Citations;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.linkeddata.Descriptions;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceDetails;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link RecordCatalogue} answered by core's {@link Records}, {@link Citations}, {@link Descriptions} and
 * {@link PublicAddresses}.
 */
@ApplicationScoped
class ArchiveRecordCatalogue implements RecordCatalogue {

    private final Records records;
    private final Citations citations;
    private final Checkpoints log;
    private final Clock clock;
    private final Descriptions descriptions;
    private final PublicAddresses addresses;

    @Inject
    ArchiveRecordCatalogue(Records records, Citations citations, Checkpoints log, Clock clock,
                           Descriptions descriptions, PublicAddresses addresses) {
        this.records = records;
        this.citations = citations;
        this.log = log;
        this.clock = clock;
        this.descriptions = descriptions;
        this.addresses = addresses;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveRecordCatalogue() {
        this(null, null, null, null, null, null);
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
    public SourceDetails citedSource(RecordDetails record) {
        return records.citedSource(record);
    }

    @Override
    public URI versionPage(long id, int version) {
        return addresses.recordVersion(id, version);
    }

    @Override
    public URI versionApi(long id, int version) {
        return addresses.recordVersionApi(id, version);
    }

    @Override
    public String linkedData(RecordDetails record) {
        return descriptions.jsonLd(record);
    }

    @Override
    public String citation(RecordDetails record, CitationStyle style, URI versionUrl) {
        return citations.cite(record, records.citedSource(record), CitationFormat.TEXT, style, versionUrl,
                LocalDate.now(clock), logPosition(record).orElse(null));
    }

    @Override
    public Optional<LogPosition> logPosition(RecordDetails record) {
        return log.positionOf(LogEntry.RECORD, record.id(), record.version());
    }
}
