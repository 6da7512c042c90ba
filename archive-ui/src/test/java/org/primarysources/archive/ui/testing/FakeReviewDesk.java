package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.importing.OriginalFile;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeAction;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeDiff;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangePage;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.ChangeSummary;
import org.primarysources.archive.core.review.ClauseAlignment;
import org.primarysources.archive.core.review.CommentView;
import org.primarysources.archive.core.review.FieldDiff;
import org.primarysources.archive.core.review.TransitionView;
import org.primarysources.archive.core.review.WordDiff;
import org.primarysources.archive.ui.review.ReviewDesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.primarysources.archive.core.record.RecordContents.aClause;
import static org.primarysources.archive.core.record.RecordContents.aQuote;
import static org.primarysources.archive.core.record.RecordContents.anEntity;

/**
 * Change requests kept in memory, moved by the same state machine as the archive's, with its four-eyes rule; it
 * remembers what it was asked.
 */
public final class FakeReviewDesk implements ReviewDesk {

    private static final Instant CREATED = Instant.parse("2025-11-01T09:00:00Z");

    private final Map<Long, ChangeDetails> changes = new LinkedHashMap<>();
    private final Map<Long, String> before = new LinkedHashMap<>();
    private final Map<Long, String> published = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException nextRefusal;

    /** A desk holding change 1: arno's new quote, in review, from import 3. */
    public static FakeReviewDesk sample() {
        return new FakeReviewDesk().with(1, "arno", ChangeState.IN_REVIEW, 3L, RecordKind.QUOTE,
                "The treaty opened the door to occupation.");
    }

    public FakeReviewDesk with(long id, String author, ChangeState state, Long importId, RecordKind kind,
                               String text) {
        RecordContent content = kind == RecordKind.ENTITY ? anEntity(3, text, text).build()
                : kind == RecordKind.QUOTE ? aQuote(3, text).build() : aClause(3, text).build();
        ChangeSummary summary = new ChangeSummary(id, state, ChangeAction.CREATE, kind == null ? "SOURCE" : "RECORD",
                null, 3, kind, text, author, importId, CREATED.plusSeconds(id), CREATED.plusSeconds(60 + id));
        changes.put(id, new ChangeDetails(summary, null, null, content, null, List.of(), List.of()));
        return this;
    }

    /** The text the change replaces, so the difference shows deletions too. */
    public FakeReviewDesk replacing(long id, String oldText) {
        before.put(id, oldText);
        return this;
    }

    public FakeReviewDesk commented(long id, String author, String body) {
        ChangeDetails c = changes.get(id);
        List<CommentView> comments = new ArrayList<>(c.comments());
        comments.add(new CommentView(comments.size() + 1, author, null, body, CREATED.plusSeconds(600)));
        changes.put(id, new ChangeDetails(c.change(), c.baseVersion(), c.note(), c.record(), c.source(), comments,
                c.transitions()));
        return this;
    }

    /** The next move is refused with this, as when another editor was quicker. */
    public FakeReviewDesk refusingNextMove(RuntimeException refusal) {
        nextRefusal = refusal;
        return this;
    }

    public ChangeState state(long id) {
        return changes.get(id).change().state();
    }

    /** What the desk was asked to do, e.g. {@code "move 1 APPROVE by eda: fine"}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ChangePage changes(ChangeState state, String author, Long importId, int page, int size) {
        List<ChangeSummary> found = changes.values().stream().map(ChangeDetails::change)
                .filter(c -> state == null || c.state() == state)
                .filter(c -> author == null || author.equals(c.author()))
                .filter(c -> importId == null || importId.equals(c.importId()))
                .toList();
        return new ChangePage(found.size(), found.stream().skip((long) page * size).limit(size).toList());
    }

    @Override
    public long inReview() {
        return changes.values().stream().filter(c -> c.change().state() == ChangeState.IN_REVIEW).count();
    }

    @Override
    public ChangeDetails change(long id) {
        ChangeDetails found = changes.get(id);
        if (found == null) {
            throw new NotFoundException("there is no change " + id);
        }
        return found;
    }

    @Override
    public ChangeDiff diff(long id, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        calls.add("diff " + id + (ignoreWhitespace ? " ignoring whitespace" : "")
                + (ignoreDiacritics ? " ignoring diacritics" : ""));
        String after = change(id).record().text();
        String old = before.get(id);
        List<FieldDiff> fields = List.of(new FieldDiff("text", old, after,
                WordDiff.diff(old, after, ignoreWhitespace, ignoreDiacritics)));
        if (change(id).change().kind() == null) {
            return new ChangeDiff(fields, ClauseAlignment.align(old == null ? "" : old, after, ignoreWhitespace,
                    ignoreDiacritics), 0, 0, List.of());
        }
        String current = published.get(id);
        List<ChangeDiff.ThreeWay> rebase = current == null ? List.of()
                : List.of(new ChangeDiff.ThreeWay("text", old, current, after));
        return new ChangeDiff(fields, List.of(), 1, current == null ? 1 : 2, rebase);
    }

    /** The record was published anew since the change was drafted: the change needs a rebase. */
    public FakeReviewDesk movedOnTo(long id, String currentText) {
        published.put(id, currentText);
        return this;
    }

    @Override
    public ChangeDetails move(long id, ChangeMove move, Actor actor, String comment) {
        calls.add("move " + id + " " + move + " by " + actor.name() + (comment == null ? "" : ": " + comment));
        ChangeDetails c = change(id);
        if (nextRefusal != null) {
            RuntimeException refusal = nextRefusal;
            nextRefusal = null;
            throw refusal;
        }
        if (move == ChangeMove.APPROVE || move == ChangeMove.REJECT || move == ChangeMove.REQUEST_CHANGES) {
            if (c.change().author().equals(actor.name())) {
                throw new ForbiddenException(
                        "nobody reviews their own change: " + actor.name() + " wrote change " + id);
            }
            if (!actor.is(Role.EDITOR)) {
                throw new ForbiddenException("reviewing a change needs the editor role");
            }
        } else if (!c.change().author().equals(actor.name())) {
            throw new ForbiddenException("only the author (" + c.change().author() + ") may " + move + " this change");
        }
        ChangeState to = c.change().state().after(move);
        ChangeSummary s = c.change();
        ChangeSummary moved = new ChangeSummary(s.id(), to, s.action(), s.target(), s.recordId(), s.sourceId(),
                s.kind(), s.label(), s.author(), s.importId(), s.createdAt(), s.updatedAt().plusSeconds(60));
        List<TransitionView> transitions = new ArrayList<>(c.transitions());
        transitions.add(new TransitionView(s.state(), to, actor.name(), comment, s.updatedAt().plusSeconds(60)));
        ChangeDetails result = new ChangeDetails(moved, c.baseVersion(), c.note(), c.record(), c.source(),
                c.comments(), transitions);
        changes.put(id, result);
        return result;
    }

    @Override
    public CommentView comment(long id, String field, String body, Actor actor) {
        calls.add("comment " + id + " by " + actor.name() + ": " + body);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a comment needs a text");
        }
        commented(id, actor.name(), body);
        List<CommentView> comments = change(id).comments();
        return comments.get(comments.size() - 1);
    }

    @Override
    public int approveImport(long importId, Actor actor, String comment) {
        calls.add("approve import " + importId + " by " + actor.name());
        List<Long> waiting = changes.values().stream().map(ChangeDetails::change)
                .filter(c -> Objects.equals(c.importId(), importId) && c.state() == ChangeState.IN_REVIEW)
                .map(ChangeSummary::id).toList();
        for (long id : waiting) {
            move(id, ChangeMove.APPROVE, actor, comment);
        }
        return waiting.size();
    }

    @Override
    public OriginalFile original(long importId) {
        calls.add("original " + importId);
        return new OriginalFile(importId, FakeImportDesk.ORIGINAL, "text/csv", "records.csv", "0".repeat(64));
    }
}
