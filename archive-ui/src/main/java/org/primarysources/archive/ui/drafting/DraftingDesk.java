package org.primarysources.archive.ui.drafting;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ProposeChange;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.core.source.Transcription;

import java.util.List;

/**
 * What the record editor asks of the archive: the sources a record may cite and their transcriptions, the people
 * and organisations a quote may be attributed to, and proposing the draft. The archive checks every draft again;
 * a refusal comes back as an {@link InvalidInputException} naming the field.
 */
public interface DraftingDesk {

    /** The published sources, by title. */
    List<SourceSummary> sources();

    /**
     * The published transcription of a source.
     *
     * @throws NotFoundException when the source has no published transcription
     */
    Transcription transcription(long sourceId);

    /** Published entities that can speak — people and organisations (and entities of no known type) — by name. */
    List<Reference> speakers();

    /** The published version of a record, to revise it. */
    RecordDetails record(long id);

    /** Proposes a change; it is a draft until {@link #submit}ted. */
    ChangeDetails propose(ProposeChange command, Actor actor);

    /** Sends a draft to the review queue. */
    ChangeDetails submit(long changeId, Actor actor);
}
