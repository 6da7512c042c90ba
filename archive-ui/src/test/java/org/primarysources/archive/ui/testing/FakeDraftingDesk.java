package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.ChangeSummary;
import org.primarysources.archive.core.review.ProposeChange;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Transcription;
import org.primarysources.archive.ui.drafting.DraftingDesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources, speakers and records to draft from, kept in memory; it remembers every change proposed and submitted,
 * and can refuse the next proposal the way the archive would.
 */
public final class FakeDraftingDesk implements DraftingDesk {

    /** Source 3's transcription (version 2): diacritics, and a letter outside the Basic Multilingual Plane. */
    public static final String TREATY_TEXT = "Article VII. The Šešupė river marks the line; 𝔄 sovereignty is not "
            + "affected by this treaty.\nArticle VIII. The treaty is ratified in Kaunas.";

    private final List<SourceSummary> sources = new ArrayList<>();
    private final Map<Long, Transcription> transcriptions = new HashMap<>();
    private final List<Reference> speakers = new ArrayList<>();
    private final Map<Long, RecordDetails> records = new HashMap<>();
    private final List<ProposeChange> proposed = new ArrayList<>();
    private final List<Long> submitted = new ArrayList<>();
    private RuntimeException nextRefusal;

    /** The treaty (source 3) and two speakers, Joseph Stalin (99) and Juozas Urbšys (98); record 1 to revise. */
    public static FakeDraftingDesk sample() {
        return new FakeDraftingDesk()
                .withSource(RecordBuilder.TREATY.id(), RecordBuilder.TREATY.title(), 2, TREATY_TEXT)
                .withSpeaker(99, "Joseph Stalin").withSpeaker(98, "Juozas Urbšys")
                .withRecord(RecordBuilder.aQuote().id(1).build());
    }

    public FakeDraftingDesk withSource(long id, String title, int version, String transcription) {
        sources.add(new SourceSummary(id, version, title, SourceType.TREATY, null, "0".repeat(64)));
        transcriptions.put(id, new Transcription(id, version, title, transcription, "0".repeat(64)));
        return this;
    }

    public FakeDraftingDesk withSpeaker(long id, String name) {
        speakers.add(new Reference(id, name));
        return this;
    }

    public FakeDraftingDesk withRecord(RecordDetails record) {
        records.put(record.id(), record);
        return this;
    }

    /** The next proposal is refused with this, as the archive refuses what it cannot accept. */
    public FakeDraftingDesk refusingNextProposal(RuntimeException refusal) {
        nextRefusal = refusal;
        return this;
    }

    public List<ProposeChange> proposed() {
        return List.copyOf(proposed);
    }

    public List<Long> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public List<SourceSummary> sources() {
        return List.copyOf(sources);
    }

    @Override
    public Transcription transcription(long sourceId) {
        Transcription found = transcriptions.get(sourceId);
        if (found == null) {
            throw new NotFoundException("source " + sourceId + " has no published transcription");
        }
        return found;
    }

    @Override
    public List<Reference> speakers() {
        return List.copyOf(speakers);
    }

    @Override
    public RecordDetails record(long id) {
        RecordDetails found = records.get(id);
        if (found == null) {
            throw new NotFoundException("there is no published record " + id);
        }
        return found;
    }

    @Override
    public ChangeDetails propose(ProposeChange command, Actor actor) {
        if (nextRefusal != null) {
            RuntimeException refusal = nextRefusal;
            nextRefusal = null;
            throw refusal;
        }
        proposed.add(command);
        return change(100L + proposed.size(), ChangeState.DRAFT, command, actor);
    }

    @Override
    public ChangeDetails submit(long changeId, Actor actor) {
        submitted.add(changeId);
        ProposeChange command = proposed.get((int) (changeId - 101));
        return change(changeId, ChangeState.DRAFT.after(ChangeMove.SUBMIT), command, actor);
    }

    private static ChangeDetails change(long id, ChangeState state, ProposeChange command, Actor actor) {
        Instant at = Instant.parse("2025-11-02T09:00:00Z");
        ChangeSummary summary = new ChangeSummary(id, state, command.action(), "RECORD", command.recordId(),
                command.record().sourceId(), command.record().kind(),
                command.record() instanceof ClauseContent clause ? clause.label() : null, actor.name(), null, at,
                at);
        return new ChangeDetails(summary, command.baseVersion(), command.note(), command.record(), null, List.of(),
                List.of());
    }
}
