package org.primarysources.archive.ui.source;

import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.net.URI;
import java.util.List;

/** What the source page reads: published sources, their versions, and the clauses and quotes taken from them. */
public interface SourceCatalogue {

    /**
     * The published version of a source.
     *
     * @throws NotFoundException when there is no published source with this id
     */
    SourceDetails source(long id);

    /**
     * One version of a source, as it was published.
     *
     * @throws NotFoundException when the source or the version does not exist
     */
    SourceDetails version(long id, int version);

    /** The address of a source's page under the archive's canonical root ({@code archive.public-url}). */
    URI page(long id);

    /** The address of a source in the web API, under the canonical root (JSON; JSON-LD and Turtle on request). */
    URI api(long id);

    /** A source described in schema.org and Dublin Core terms, as JSON-LD: what the API answers too. */
    String linkedData(SourceDetails source);

    /** The published, not retracted clauses and quotes taken from the source, in the order of their ids. */
    List<RecordDetails> citingRecords(long sourceId);
}
