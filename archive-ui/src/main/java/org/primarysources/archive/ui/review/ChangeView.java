package org.primarysources.archive.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeDiff;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.ChangeSummary;
import org.primarysources.archive.core.review.ClauseAlignment;
import org.primarysources.archive.core.review.CommentView;
import org.primarysources.archive.core.review.FieldDiff;
import org.primarysources.archive.core.review.TransitionView;
import org.primarysources.archive.core.review.WordDiff;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.components.OriginalFileLink;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.components.WordDiffs;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.BacklogChanged;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One change request as its reviewers and author see it: what it changes, word by word; the discussion; and the
 * moves open to the caller. Approve is offered only to an editor who did not write the change — and the archive
 * refuses it anyway if someone tries.
 */
@Route(value = "changes/:" + ChangeView.ID_PARAMETER, layout = MainLayout.class)
@PageTitle("Change – Archive")
@AllowedRoles({Role.ARCHIVIST, Role.EDITOR, Role.ADMIN})
public class ChangeView extends Div implements BeforeEnterObserver {

    public static final String ID_PARAMETER = "id";
    private static final String IGNORE = "ignore";
    private static final String LAYOUT = "layout";
    private static final String SIDE_BY_SIDE = "side-by-side";

    private final ReviewDesk desk;
    private final CurrentCaller caller;
    private long id;
    private boolean ignoreWhitespace;
    private boolean ignoreDiacritics;
    private boolean sideBySide;

    @Inject
    public ChangeView(ReviewDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-change");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> options = event.getLocation().getQueryParameters().getParameters();
        ignoreWhitespace = options.getOrDefault("whitespace", List.of()).contains(IGNORE);
        ignoreDiacritics = options.getOrDefault("diacritics", List.of()).contains(IGNORE);
        sideBySide = options.getOrDefault(LAYOUT, List.of()).contains(SIDE_BY_SIDE);
        try {
            id = event.getRouteParameters().get(ID_PARAMETER).map(Long::parseLong)
                    .orElseThrow(() -> new NotFoundException("no change id"));
            show(desk.change(id));
        } catch (NotFoundException | NumberFormatException e) {
            showNotFound();
        }
    }

    private void show(ChangeDetails details) {
        removeAll();
        ChangeSummary change = details.change();
        add(createBadges(change), new H1(title(change)), createLead(change, desk), createDifference(),
                createDecision(change), createDiscussion(details), createHistory(details.transitions()));
    }

    private void showNotFound() {
        removeAll();
        Paragraph lead = new Paragraph("There is no change request at this address.");
        lead.addClassName("archive-lead");
        add(new H1("Change not found"), lead, new Paragraph(new RouterLink("Back to the review queue",
                ReviewQueueView.class)));
    }

    private static String title(ChangeSummary change) {
        String label = change.label() == null || change.label().isBlank()
                ? ""
                : ": " + Texts.shorten(change.label(), 90);
        return "Change " + change.id() + label;
    }

    private static Component createBadges(ChangeSummary change) {
        Div badges = new Div(Badges.state(change.state()),
                Badges.badge(Texts.words(change.action().name()), "", "archive-badge-action"),
                Badges.badge(Texts.words(QueueFilter.kindOf(change)), "contrast", "archive-badge-kind"));
        badges.addClassName("archive-record-badges");
        return badges;
    }

    private static Component createLead(ChangeSummary change, ReviewDesk desk) {
        Paragraph lead = new Paragraph();
        lead.addClassName("archive-lead");
        lead.add(new Span("Proposed by " + change.author() + " on " + Times.format(change.createdAt())));
        if (change.importId() != null) {
            lead.add(new Span(", as part of import " + change.importId()));
        }
        lead.add(new Span(". " + Texts.words(change.state().name()) + " since "
                + Times.format(change.updatedAt()) + ". "));
        if (change.importId() != null) {
            lead.add(OriginalFileLink.of(change.importId(), desk::original));
        }
        return lead;
    }

    private Component createDifference() {
        Checkbox whitespace = new Checkbox("Ignore whitespace", ignoreWhitespace);
        whitespace.addValueChangeListener(change -> reshow(change.getValue(), ignoreDiacritics, sideBySide));
        Checkbox diacritics = new Checkbox("Ignore diacritics", ignoreDiacritics);
        diacritics.addValueChangeListener(change -> reshow(ignoreWhitespace, change.getValue(), sideBySide));
        Checkbox sides = new Checkbox("Side by side", sideBySide);
        sides.addValueChangeListener(change -> reshow(ignoreWhitespace, ignoreDiacritics, change.getValue()));
        Div toggles = new Div(whitespace, diacritics, sides);
        toggles.addClassName("archive-diff-options");
        Section section = new Section(new H2("What it changes"), toggles);
        section.addClassName("archive-change-difference");
        ChangeDiff diff = desk.diff(id, ignoreWhitespace, ignoreDiacritics);
        if (!diff.rebase().isEmpty()) {
            section.add(createRebase(diff));
        }
        if (!diff.clauses().isEmpty()) {
            section.add(createClauses(diff.clauses(), sideBySide));
        }
        if (diff.fields().isEmpty()) {
            section.add(new Paragraph("This change leaves every field as it was."));
        }
        for (FieldDiff field : diff.fields()) {
            Div shown = new Div(new H3(fieldName(field.field())));
            shown.addClassName("archive-field-diff");
            if (field.inline() != null && !WordDiffs.changesSomething(field.inline()) && field.before() != null) {
                shown.add(new Paragraph("Unchanged" + (ignoreWhitespace || ignoreDiacritics
                        ? " (apart from what you chose to ignore)." : ".")));
            }
            shown.add(sideBySide ? WordDiffs.renderSideBySide(WordDiff.sideBySide(field.before(), field.after(),
                    ignoreWhitespace, ignoreDiacritics))
                    : WordDiffs.render(field.inline() == null ? List.of() : field.inline()));
            section.add(shown);
        }
        return section;
    }

    /** The record was published anew since the author drafted this: each differing field as base, now, proposed. */
    private static Component createRebase(ChangeDiff diff) {
        Div rebase = new Div(new Paragraph("The record moved on since this change was drafted: it was written "
                + "against version " + diff.baseVersion() + ", the published version is now " + diff.currentVersion()
                + ". Approving it would replace what was published since; compare before deciding."));
        rebase.addClassNames("archive-notice", "archive-rebase");
        for (ChangeDiff.ThreeWay field : diff.rebase()) {
            Div three = new Div(new H3(fieldName(field.field())));
            three.addClassName("archive-three-way");
            three.add(labelled("As the author saw it (version " + diff.baseVersion() + ")", field.base()),
                    labelled("As published now (version " + diff.currentVersion() + ")", field.current()),
                    labelled("As this change proposes", field.proposed()));
            rebase.add(three);
        }
        return rebase;
    }

    private static Component labelled(String label, String text) {
        Span name = new Span(label);
        name.addClassName("archive-fact-name");
        Paragraph value = new Paragraph(text == null ? "—" : text);
        value.addClassName("archive-comment-body");
        return new Div(name, value);
    }

    /** A transcription's numbered clauses matched up, so a moved or renumbered article reads as such. */
    private static Component createClauses(List<ClauseAlignment.ClauseDiff> clauses, boolean sideBySide) {
        long unchanged = clauses.stream().filter(c -> c.status() == ClauseAlignment.Status.UNCHANGED).count();
        Div aligned = new Div(new H3("Clauses, aligned"));
        aligned.addClassName("archive-clause-alignment");
        aligned.add(new Paragraph(clauses.size() + (clauses.size() == 1 ? " clause" : " clauses") + "; "
                + unchanged + " unchanged" + (unchanged == clauses.size() ? "." : ", the others below.")));
        OrderedList list = new OrderedList();
        list.addClassName("archive-thread");
        for (ClauseAlignment.ClauseDiff clause : clauses) {
            if (clause.status() == ClauseAlignment.Status.UNCHANGED) {
                continue;
            }
            String label = clause.labelBefore() == null ? clause.labelAfter()
                    : clause.labelAfter() == null || clause.labelAfter().equals(clause.labelBefore())
                    ? clause.labelBefore() : clause.labelBefore() + " → " + clause.labelAfter();
            Div header = new Div(Badges.badge(Texts.words(clause.status().name()), clauseVariant(clause.status()),
                    "archive-badge-clause"), new Span(label == null ? "" : label));
            header.addClassName("archive-version-header");
            List<WordDiff.Segment> inline = clause.inline() == null ? List.of() : clause.inline();
            list.add(new ListItem(header, sideBySide ? WordDiffs.renderSideBySide(WordDiffs.split(inline))
                    : WordDiffs.render(inline)));
        }
        if (list.getChildren().findAny().isPresent()) {
            aligned.add(list);
        }
        return aligned;
    }

    private static String clauseVariant(ClauseAlignment.Status status) {
        return switch (status) {
            case ADDED -> "success";
            case REMOVED -> "error";
            case UNCHANGED, MOVED, RENUMBERED -> "contrast";
            case CHANGED -> "";
        };
    }

    /** The toggles live in the address bar, so a reviewer can share exactly what they are looking at. */
    private void reshow(boolean whitespace, boolean diacritics, boolean sides) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        if (whitespace) {
            options.put("whitespace", List.of(IGNORE));
        }
        if (diacritics) {
            options.put("diacritics", List.of(IGNORE));
        }
        if (sides) {
            options.put(LAYOUT, List.of(SIDE_BY_SIDE));
        }
        UI.getCurrent().navigate(ChangeView.class, new RouteParameters(ID_PARAMETER, String.valueOf(id)),
                new QueryParameters(options));
    }

    /** A field's name as words: {@code alternativeNames} is {@code Alternative names}. */
    static String fieldName(String field) {
        if (field == null || field.isBlank()) {
            return "Field";
        }
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('.', ' ');
        return Texts.words(spaced.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private Component createDecision(ChangeSummary change) {
        Section section = new Section(new H2("Decision"));
        section.addClassName("archive-change-decision");
        boolean own = caller.name().map(change.author()::equals).orElse(false);
        if (change.state() == ChangeState.IN_REVIEW && caller.may(Role.EDITOR)) {
            TextArea note = new TextArea("Note to the author (optional)");
            note.setWidthFull();
            note.setMaxLength(10_000);
            Div buttons = new Div();
            buttons.addClassName("archive-decision-buttons");
            if (!own) {
                Button approve = new Button("Approve", VaadinIcon.CHECK.create(),
                        click -> move(ChangeMove.APPROVE, note.getValue()));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                buttons.add(approve);
            }
            Button requestChanges = new Button("Request changes", VaadinIcon.REPLY.create(),
                    click -> move(ChangeMove.REQUEST_CHANGES, note.getValue()));
            Button reject = new Button("Reject", VaadinIcon.CLOSE_SMALL.create(),
                    click -> move(ChangeMove.REJECT, note.getValue()));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(requestChanges, reject);
            section.add(note);
            if (own) {
                section.add(new Paragraph("You wrote this change, so another editor approves it. You may still "
                        + "send it back or reject it."));
            }
            section.add(buttons);
        } else if (own && change.state().allows(ChangeMove.SUBMIT)) {
            Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE_O.create(),
                    click -> move(ChangeMove.SUBMIT, null));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Paragraph("Editors see this change once you submit it."), submit);
        } else {
            section.add(new Paragraph(decisionNote(change)));
        }
        return section;
    }

    private static String decisionNote(ChangeSummary change) {
        return switch (change.state()) {
            case APPROVED -> "Approved: the change is published.";
            case REJECTED -> "Rejected: nothing was published.";
            case WITHDRAWN -> "Withdrawn by its author.";
            case CHANGES_REQUESTED -> "Sent back to its author for changes.";
            case DRAFT -> "A draft: its author has not submitted it yet.";
            case IN_REVIEW -> "Waiting for an editor.";
        };
    }

    private void move(ChangeMove move, String note) {
        try {
            ChangeDetails moved = desk.move(id, move, caller.actor(), note == null || note.isBlank() ? null : note);
            Notices.done("Change " + id + " is now " + Texts.words(moved.change().state().name()).toLowerCase(
                    Locale.ROOT) + ".");
            BacklogChanged.fireOn(UI.getCurrent());
            show(moved);
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private Component createDiscussion(ChangeDetails details) {
        Section section = new Section(new H2("Discussion"));
        section.addClassName("archive-change-discussion");
        OrderedList thread = new OrderedList();
        thread.addClassName("archive-thread");
        for (CommentView comment : details.comments()) {
            thread.add(new ListItem(createComment(comment.author(), comment.at(), comment.field(), comment.body())));
        }
        if (details.comments().isEmpty()) {
            section.add(new Paragraph("No comments yet."));
        } else {
            section.add(thread);
        }
        if (caller.may(Role.ARCHIVIST, Role.EDITOR)) {
            section.add(createCommentForm());
        }
        return section;
    }

    static Component createComment(String author, Instant at, String field, String body) {
        Span who = new Span(author);
        who.addClassName("archive-comment-author");
        Span when = new Span(Times.format(at) + (field == null || field.isBlank() ? "" : " · on " + fieldName(field)));
        when.addClassName("archive-comment-time");
        Div header = new Div(who, when);
        header.addClassName("archive-comment-header");
        Paragraph text = new Paragraph(body);
        text.addClassName("archive-comment-body");
        Div comment = new Div(header, text);
        comment.addClassName("archive-comment");
        return comment;
    }

    private Component createCommentForm() {
        TextArea body = new TextArea("Your comment");
        body.setWidthFull();
        body.setMaxLength(10_000);
        Button add = new Button("Add comment", click -> {
            try {
                desk.comment(id, null, body.getValue(), caller.actor());
                Notices.done("Comment added.");
                show(desk.change(id));
            } catch (DomainException e) {
                Notices.refused(e);
            }
        });
        Div form = new Div(body, add);
        form.addClassName("archive-comment-form");
        return form;
    }

    private static Component createHistory(List<TransitionView> transitions) {
        Section section = new Section(new H2("History"));
        section.addClassName("archive-change-history");
        if (transitions.isEmpty()) {
            section.add(new Paragraph("Not yet submitted."));
            return section;
        }
        OrderedList moves = new OrderedList();
        moves.addClassName("archive-thread");
        for (TransitionView transition : transitions) {
            String what = Texts.words(transition.to().name()) + " (was " + Texts.words(transition.from().name())
                    .toLowerCase(Locale.ROOT) + ")";
            Div move = new Div(
                    new Paragraph(what + " by " + transition.actor() + ", " + Times.format(transition.at())));
            move.addClassName("archive-move");
            if (transition.comment() != null && !Objects.equals(transition.comment(), "")) {
                Paragraph comment = new Paragraph(transition.comment());
                comment.addClassName("archive-comment-body");
                move.add(comment);
            }
            moves.add(new ListItem(move));
        }
        section.add(moves);
        return section;
    }
}
