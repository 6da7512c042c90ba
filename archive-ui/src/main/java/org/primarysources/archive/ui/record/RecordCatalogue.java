package org.primarysources.archive.ui.record;

import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What the record page reads: published records, their versions, and citations of them. */
public interface RecordCatalogue {

    /**
     * The published version of a record.
     *
     * @throws NotFoundException when there is no published record with this id
     */
    RecordDetails record(long id);

    /**
     * One version of a record, as it was published.
     *
     * @throws NotFoundException when the record or the version does not exist
     */
    RecordDetails version(long id, int version);

    /** Every published version of a record, oldest first. */
    List<VersionSummary> versions(long id);

    /** The reference a researcher pastes, in a citation style, pinned to the given version URL. */
    String citation(RecordDetails record, CitationStyle style, URI versionUrl);

    /** The source a record cites, at its published version. */
    SourceDetails citedSource(RecordDetails record);

    /**
     * The address of a version's page under the archive's canonical root ({@code archive.public-url}): what
     * citations point at, whatever host the page was reached on.
     */
    URI versionPage(long id, int version);

    /** The address of a version in the web API, under the canonical root (JSON; JSON-LD and Turtle on request). */
    URI versionApi(long id, int version);

    /** A version described in schema.org, Dublin Core terms and PROV, as JSON-LD: what the API answers too. */
    String linkedData(RecordDetails record);

    /** Where this version stands in the archive's transparency log; empty when it is not logged (yet). */
    default Optional<LogPosition> logPosition(RecordDetails record) {
        return Optional.empty();
    }
}
