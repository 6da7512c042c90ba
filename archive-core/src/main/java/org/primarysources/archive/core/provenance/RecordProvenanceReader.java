package org.primarysources.archive.core.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.review.Changes;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Gathers what a published record's provenance says — its versions, the source versions it quotes, the import it
 * came from and its review — for {@link ProvenanceDocuments} to write as PROV-O.
 */
@ApplicationScoped
@Transactional
public class RecordProvenanceReader {

    private final Records records;
    private final Imports imports;
    private final Changes changes;

    @Inject
    RecordProvenanceReader(Records records, Imports imports, Changes changes) {
        this.records = records;
        this.imports = imports;
        this.changes = changes;
    }

    /** Only for the CDI client proxy. */
    protected RecordProvenanceReader() {
        this(null, null, null);
    }

    /** The provenance of published record {@code id}; {@code base} is the archive's address its IRIs start with. */
    public RecordProvenance read(long id, URI base) {
        RecordDetails record = records.details(id);
        List<VersionSummary> versions = records.versions(id);
        List<UsedSourceVersion> quoted = record.citations().stream()
                .map(c -> new UsedSourceVersion(c.source(), c.sourceVersion(), c.sourceTitle(), c.textHash()))
                .distinct()
                .toList();
        return new RecordProvenance(base, id, record.kind(),
                record.label() != null ? record.label() : record.name() != null ? record.name() : record.text(),
                versions, quoted, records.importOf(id).map(imports::summary).orElse(null),
                changes.transitionsOf(
                        versions.stream().map(VersionSummary::changeId).filter(Objects::nonNull).toList()));
    }
}
