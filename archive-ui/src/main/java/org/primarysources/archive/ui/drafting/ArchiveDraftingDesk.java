package org.primarysources.archive.ui.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.RecordPage;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.review.ProposeChange;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.Transcription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link DraftingDesk} answered by core's {@link Sources}, {@link Records} and {@link Changes}. */
@ApplicationScoped
class ArchiveDraftingDesk implements DraftingDesk {

    /** More than a chooser can usefully list; beyond it, the archive needs a search box here. */
    private static final int MOST_LISTED = 2_000;

    private final Sources sources;
    private final Records records;
    private final Changes changes;

    @Inject
    ArchiveDraftingDesk(Sources sources, Records records, Changes changes) {
        this.sources = sources;
        this.records = records;
        this.changes = changes;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveDraftingDesk() {
        this(null, null, null);
    }

    @Override
    public List<SourceSummary> sources() {
        return sources.list(0, MOST_LISTED).stream()
                .sorted(Comparator.comparing(SourceSummary::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Transcription transcription(long sourceId) {
        return sources.transcription(sourceId, null).filter(t -> t.version() > 0)
                .orElseThrow(() -> new NotFoundException("source " + sourceId + " has no published transcription"));
    }

    @Override
    public List<Reference> speakers() {
        List<Reference> speakers = new ArrayList<>();
        for (int page = 0; speakers.size() < MOST_LISTED; page++) {
            RecordPage entities = records.page(RecordKind.ENTITY, null, page, Records.MAX_PAGE_SIZE);
            entities.items().stream().filter(ArchiveDraftingDesk::canSpeak)
                    .forEach(entity -> speakers.add(new Reference(entity.id(), entity.name())));
            if ((long) (page + 1) * Records.MAX_PAGE_SIZE >= entities.total()) {
                break;
            }
        }
        speakers.sort(Comparator.comparing(Reference::name, String.CASE_INSENSITIVE_ORDER));
        return speakers;
    }

    private static boolean canSpeak(RecordDetails entity) {
        return entity.name() != null && entity.entityType() != EntityType.PLACE;
    }

    @Override
    public RecordDetails record(long id) {
        return records.details(id);
    }

    @Override
    public ChangeDetails propose(ProposeChange command, Actor actor) {
        return changes.propose(command, actor);
    }

    @Override
    public ChangeDetails submit(long changeId, Actor actor) {
        return changes.move(changeId, ChangeMove.SUBMIT, actor, null);
    }
}
