package org.primarysources.archive.core.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.TransitionSummary;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.EntityContent;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.QuoteContent;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordDrafts;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RetractRecord;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceDrafts;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.text.Shortening;

import java.time.Clock;
import java.util.List;

/**
 * Application service for editorial review: the transaction edge for drafting, submitting, reviewing and
 * applying changes. Approval publishes the change in the same transaction; a change is locked while it moves,
 * so of two editors acting at once exactly one succeeds.
 */
@ApplicationScoped
@Transactional
public class Changes {

    public static final int MAX_PAGE_SIZE = 200;

    private final EntityManager em;
    private final Records records;
    private final Sources sources;
    private final Clock clock;

    @Inject
    Changes(EntityManager em, Records records, Sources sources, Clock clock) {
        this.em = em;
        this.records = records;
        this.sources = sources;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected Changes() {
        this(null, null, null, null);
    }

    public ChangeDetails propose(ProposeChange command, Actor actor) {
        requireAuthor(actor);
        if (command.action() == null) {
            throw new InvalidInputException("action", "an action is CREATE, UPDATE or RETRACT");
        }
        RecordContent content = command.record();
        Long recordId = command.recordId();
        Integer baseVersion = command.baseVersion();
        switch (command.action()) {
            case CREATE -> {
                if (content == null) {
                    throw new InvalidInputException("record", "a CREATE proposes a record");
                }
                if (recordId != null) {
                    throw new InvalidInputException("recordId", "a CREATE makes a new record; leave recordId out");
                }
                requireSource(content.sourceId());
            }
            case UPDATE -> {
                RecordDetails current = current(recordId);
                if (content == null) {
                    throw new InvalidInputException("record", "an UPDATE proposes the new record content");
                }
                if (baseVersion == null) {
                    throw new InvalidInputException("baseVersion",
                            "an UPDATE names the version it was drafted against");
                }
                if (content.kind() != current.kind()) {
                    throw new InvalidInputException("record.kind", "a record keeps its kind (" + current.kind() + ")");
                }
            }
            case RETRACT -> {
                RecordDetails current = current(recordId);
                content = RecordDrafts.contentOf(current);
                baseVersion = baseVersion == null ? current.version() : baseVersion;
            }
        }
        ChangeRequest change = ChangeRequest.forRecord(command.action(), recordId, baseVersion, content,
                Drafted.byHand(actor.name(), command.note(), clock.instant()));
        em.persist(change);
        return details(change);
    }

    /** A draft creating or replacing a source's transcription (used by imports). */
    public long proposeSource(long sourceId, int baseVersion, SourceContent content, String author, Long importId) {
        ChangeRequest change = ChangeRequest.forSource(sourceId, baseVersion, content,
                Drafted.byImport(author, importId, 0, clock.instant()));
        em.persist(change);
        em.flush();
        return change.id();
    }

    /**
     * A draft creating a record, as part of an import (ordered by {@code ordinal}); a quote may propose as its
     * speaker the entity drafted by {@code speakerChangeId}.
     */
    public long proposeImported(RecordContent content, String author, long importId, int ordinal,
                                Long speakerChangeId) {
        return proposeImported(null, null, content, author, importId, ordinal, speakerChangeId);
    }

    /**
     * As above; with a {@code recordId} the draft UPDATEs that record (drafted against {@code baseVersion}) — a
     * re-import of a changed file revises what it imported before instead of duplicating it.
     */
    public long proposeImported(Long recordId, Integer baseVersion, RecordContent content, String author,
                                long importId, int ordinal, Long speakerChangeId) {
        long id = draftImported(recordId, baseVersion, content, author, importId, ordinal, speakerChangeId);
        em.flush();
        return id;
    }

    /**
     * As above, without writing to the database at once: an import of many rows lets the drafts go in batches at
     * the next flush (the id is known before).
     */
    public long draftImported(Long recordId, Integer baseVersion, RecordContent content, String author,
                              long importId, int ordinal, Long speakerChangeId) {
        ChangeRequest change = ChangeRequest.forRecord(recordId == null ? ChangeAction.CREATE : ChangeAction.UPDATE,
                recordId, baseVersion, content, Drafted.byImport(author, importId, ordinal, clock.instant()));
        change.proposeSpeaker(speakerChangeId);
        em.persist(change);
        return change.id();
    }

    public ChangeDetails edit(long id, ProposeChange command, Actor actor) {
        ChangeRequest change = locked(id);
        if (change.target() != ChangeRequest.Target.RECORD || change.action() == ChangeAction.RETRACT) {
            throw new ConflictException("only record drafts that create or update can be edited");
        }
        if (command.record() == null) {
            throw new InvalidInputException("record", "send the revised record");
        }
        if (command.record().kind() != change.recordKind()) {
            throw new InvalidInputException("record.kind", "a change keeps its kind (" + change.recordKind() + ")");
        }
        transition(change, ChangeMove.EDIT, actor, null);
        change.revise(RecordDrafts.write(command.record()),
                command.baseVersion() == null ? change.baseVersion() : command.baseVersion(), command.note());
        return details(change);
    }

    public ChangeDetails move(long id, ChangeMove move, Actor actor, String comment) {
        if (move == ChangeMove.EDIT) {
            throw new InvalidInputException("move", "edit a change with PUT");
        }
        ChangeRequest change = locked(id);
        if (move == ChangeMove.APPROVE) {
            approve(change, actor, comment);
        } else {
            transition(change, move, actor, comment);
        }
        return details(change);
    }

    /** Submits every draft of an import; returns how many moved. */
    public int submitImport(long importId, Actor actor) {
        int moved = 0;
        for (ChangeRequest change : ofImport(importId)) {
            if (change.state().allows(ChangeMove.SUBMIT)) {
                transition(change, ChangeMove.SUBMIT, actor, null);
                moved++;
            }
        }
        return moved;
    }

    /** Approves every change of an import that is in review — the source first — in this one transaction. */
    public int approveImport(long importId, Actor actor, String comment) {
        int approved = 0;
        for (ChangeRequest change : ofImport(importId)) {
            if (change.state() == ChangeState.IN_REVIEW) {
                approve(change, actor, comment);
                approved++;
            }
        }
        return approved;
    }

    public CommentView comment(long id, String field, String body, Actor actor) {
        requireAuthor(actor);
        ChangeRequest change = find(id);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a comment needs a text");
        }
        if (body.length() > 10_000) {
            throw new InvalidInputException("body", "a comment has at most 10,000 characters");
        }
        if (field != null && field.length() > 100) {
            throw new InvalidInputException("field", "a field name has at most 100 characters");
        }
        ChangeComment comment = new ChangeComment(change.id(), actor.name(), field, body.strip(), clock.instant());
        em.persist(comment);
        em.flush();
        return comment.toView();
    }

    public ChangeDetails get(long id) {
        return details(find(id));
    }

    public ChangePage list(ChangeState state, String author, Long importId, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "a page has 1 to " + MAX_PAGE_SIZE + " changes");
        }
        String where = " where 1 = 1" + (state == null ? "" : " and c.state = :state")
                + (author == null ? "" : " and c.author = :author")
                + (importId == null ? "" : " and c.importId = :import");
        TypedQuery<Long> count = em.createQuery("select count(c) from ChangeRequest c" + where, Long.class);
        TypedQuery<ChangeRequest> items = em.createQuery("select c from ChangeRequest c" + where
                + " order by c.importId, c.ordinal, c.id", ChangeRequest.class);
        for (TypedQuery<?> q : List.of(count, items)) {
            if (state != null) {
                q.setParameter("state", state);
            }
            if (author != null) {
                q.setParameter("author", author);
            }
            if (importId != null) {
                q.setParameter("import", importId);
            }
        }
        return new ChangePage(count.getSingleResult(), items.setFirstResult(Math.multiplyExact(page, size))
                .setMaxResults(size).getResultStream().map(Changes::summary).toList());
    }

    public ChangeDiff diff(long id, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        ChangeRequest change = find(id);
        if (change.target() == ChangeRequest.Target.SOURCE) {
            SourceContent after = SourceDrafts.read(change.proposed());
            String before = change.baseVersion() == null || change.baseVersion() == 0 ? ""
                    : sources.version(change.sourceId(), change.baseVersion()).transcription();
            return new ChangeDiff(ChangeFields.diffSource(before, after, ignoreWhitespace, ignoreDiacritics),
                    ClauseAlignment.align(before, after.transcription(), ignoreWhitespace, ignoreDiacritics),
                    change.baseVersion(),
                    sources.transcription(change.sourceId(), null).map(t -> t.version()).orElse(0),
                    List.of());
        }
        RecordContent after = RecordDrafts.read(change.proposed());
        RecordDetails before = change.recordId() == null ? null
                : records.version(change.recordId(), change.baseVersion() == null ? 1 : change.baseVersion());
        List<FieldDiff> fields = ChangeFields.diffRecord(before,
                change.action() == ChangeAction.RETRACT ? null : after, ignoreWhitespace, ignoreDiacritics);
        if (change.recordId() == null || change.state() == ChangeState.APPROVED) {
            return new ChangeDiff(fields, List.of(), change.baseVersion(), null, List.of());
        }
        RecordDetails current = records.details(change.recordId());
        List<ChangeDiff.ThreeWay> rebase = current.version() == before.version() ? List.of()
                : ChangeFields.threeWay(before, current, after);
        return new ChangeDiff(fields, List.of(), change.baseVersion(), current.version(), rebase);
    }

    /** Every review move of the given changes, oldest first (for provenance). */
    public List<TransitionSummary> transitionsOf(java.util.Collection<Long> changeIds) {
        if (changeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from ChangeTransition t where t.changeId in :ids order by t.at, t.id",
                        ChangeTransition.class)
                .setParameter("ids", changeIds)
                .getResultStream()
                .map(ChangeTransition::toSummary)
                .toList();
    }

    private void approve(ChangeRequest change, Actor actor, String comment) {
        transition(change, ChangeMove.APPROVE, actor, comment);
        em.flush();
        List<TransitionSummary> review = transitionsOf(List.of(change.id()));
        Activity imported = change.importId() != null ? Activity.IMPORT : null;
        if (change.target() == ChangeRequest.Target.SOURCE) {
            sources.publish(new PublishSource(change.sourceId(), change.baseVersion(),
                    SourceDrafts.read(change.proposed()), imported != null ? imported : Activity.TRANSCRIPTION,
                    change.author(), actor.name(), change.id(), change.importId()));
            return;
        }
        if (sources.transcription(change.sourceId(), null).isEmpty()) {
            throw new ConflictException(
                    "source " + change.sourceId() + " is not published yet: approve its change first");
        }
        switch (change.action()) {
            case CREATE -> change.created(records.publish(new PublishRecord(null, null,
                    withProposedSpeaker(change), imported != null ? imported : Activity.EDIT,
                    change.author(), actor.name(), change.id(), change.importId(), review)).id());
            case UPDATE -> records.publish(new PublishRecord(change.recordId(), change.baseVersion(),
                    withProposedSpeaker(change), imported != null ? imported : Activity.EDIT, change.author(),
                    actor.name(), change.id(), change.importId(), review));
            case RETRACT -> records.retract(new RetractRecord(change.recordId(), change.baseVersion(),
                    change.author(), actor.name(), change.id(), review));
        }
    }

    /** Fills in the speaker drafted by another change of the same import, once that one is approved. */
    private RecordContent withProposedSpeaker(ChangeRequest change) {
        RecordContent content = RecordDrafts.read(change.proposed());
        if (change.speakerChangeId() == null || !(content instanceof QuoteContent quote) || quote.speakerId() != null) {
            return content;
        }
        ChangeRequest speaker = em.find(ChangeRequest.class, change.speakerChangeId());
        if (speaker == null || speaker.state() != ChangeState.APPROVED || speaker.recordId() == null) {
            return content;
        }
        return quote.saidBy(speaker.recordId());
    }

    private void transition(ChangeRequest change, ChangeMove move, Actor actor, String comment) {
        if (comment != null && comment.length() > 10_000) {
            throw new InvalidInputException("comment", "a comment has at most 10,000 characters");
        }
        ChangeState from = change.move(move, actor.name(), actor.is(Role.EDITOR), clock.instant());
        if (move != ChangeMove.EDIT) {
            em.persist(new ChangeTransition(change.id(), from, change.state(), actor.name(),
                    comment == null || comment.isBlank() ? null : comment.strip(), clock.instant()));
        }
    }

    private List<ChangeRequest> ofImport(long importId) {
        List<ChangeRequest> changes = em.createQuery("select c from ChangeRequest c where c.importId = :import"
                        + " order by c.target desc, c.ordinal, c.id", ChangeRequest.class)
                .setParameter("import", importId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (changes.isEmpty()) {
            throw new NotFoundException("import " + importId + " has no changes");
        }
        return changes;
    }

    private static void requireAuthor(Actor actor) {
        if (!actor.is(Role.ARCHIVIST) && !actor.is(Role.EDITOR)) {
            throw new ForbiddenException("drafting changes needs the archivist or editor role");
        }
    }

    private void requireSource(long sourceId) {
        if (!sources.exists(sourceId)) {
            throw new InvalidInputException("record.sourceId", "there is no source " + sourceId);
        }
    }

    private RecordDetails current(Long recordId) {
        if (recordId == null) {
            throw new InvalidInputException("recordId", "name the record to change");
        }
        return records.details(recordId);
    }

    private ChangeRequest locked(long id) {
        ChangeRequest change = em.find(ChangeRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new NotFoundException("there is no change " + id);
        }
        return change;
    }

    private ChangeRequest find(long id) {
        ChangeRequest change = em.find(ChangeRequest.class, id);
        if (change == null) {
            throw new NotFoundException("there is no change " + id);
        }
        return change;
    }

    private ChangeDetails details(ChangeRequest change) {
        em.flush();
        List<CommentView> comments = em.createQuery("select c from ChangeComment c where c.changeId = :id"
                        + " order by c.id", ChangeComment.class)
                .setParameter("id", change.id()).getResultStream().map(ChangeComment::toView).toList();
        List<TransitionView> transitions = em.createQuery("select t from ChangeTransition t where t.changeId = :id"
                        + " order by t.id", ChangeTransition.class)
                .setParameter("id", change.id()).getResultStream().map(ChangeTransition::toView).toList();
        boolean source = change.target() == ChangeRequest.Target.SOURCE;
        return new ChangeDetails(summary(change), change.baseVersion(), change.note(),
                source ? null : RecordDrafts.read(change.proposed()),
                source ? SourceDrafts.read(change.proposed()) : null, comments, transitions);
    }

    static ChangeSummary summary(ChangeRequest c) {
        String label;
        if (c.target() == ChangeRequest.Target.SOURCE) {
            label = SourceDrafts.read(c.proposed()).title();
        } else {
            RecordContent r = RecordDrafts.read(c.proposed());
            label = r instanceof ClauseContent clause && clause.label() != null ? clause.label()
                    : r instanceof EntityContent entity ? entity.name() : Shortening.fit(r.text(), 80);
        }
        return new ChangeSummary(c.id(), c.state(), c.action(), c.target().name(), c.recordId(), c.sourceId(),
                c.recordKind(), label, c.author(), c.importId(), c.createdAt(), c.updatedAt());
    }

}
