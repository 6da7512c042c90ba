package org.primarysources.archive.ui.drafting;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeAction;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ProposeChange;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.BacklogChanged;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.record.RecordView;
import org.primarysources.archive.ui.review.ChangeView;
import org.primarysources.archive.ui.search.SearchView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an archivist drafts a new record ({@code records/new}) or revises a published one
 * ({@code records/{id}/edit}). Saving proposes a change; the change page then shows it, and an editor publishes
 * it — nothing here publishes anything.
 */
@Route(value = "records/new", layout = MainLayout.class)
@RouteAlias(value = "records/:" + RecordDraftView.ID_PARAMETER + "/edit", layout = MainLayout.class)
@PageTitle("Draft a record – Archive")
@AllowedRoles(Role.ARCHIVIST)
public class RecordDraftView extends Div implements BeforeEnterObserver {

    public static final String ID_PARAMETER = "id";
    /** {@code records/new?kind=quote&source=3} opens the form for a quote from source 3. */
    public static final String KIND_PARAMETER = "kind";
    public static final String SOURCE_PARAMETER = "source";

    private final DraftingDesk desk;
    private final CurrentCaller caller;
    private final Div problem = new Div();
    private RecordDetails revised;
    private RecordForm form;

    @Inject
    public RecordDraftView(DraftingDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-record-draft");
        problem.addClassName("archive-notice");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> id = event.getRouteParameters().get(ID_PARAMETER);
        try {
            revised = id.isEmpty() ? null : desk.record(Long.parseLong(id.get()));
        } catch (NotFoundException | NumberFormatException e) {
            showNotFound();
            return;
        }
        if (revised != null && revised.retracted()) {
            showNotFound();
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        RecordKind kind = query.getSingleParameter(KIND_PARAMETER).flatMap(RecordDraftView::kindNamed).orElse(null);
        Long sourceId = query.getSingleParameter(SOURCE_PARAMETER).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        show(kind, sourceId);
    }

    private static Optional<RecordKind> kindNamed(String name) {
        try {
            RecordKind kind = RecordKind.valueOf(name.toUpperCase(Locale.ROOT));
            return kind.isRecord() ? Optional.of(kind) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(RecordKind kind, Long sourceId) {
        List<SourceSummary> sources = desk.sources();
        form = new RecordForm(sources, desk.speakers());
        form.addSourceListener(chosen -> showTranscriptionOf(chosen.source()));
        form.addSaveListener(save -> propose(save.toReview()));
        problem.setVisible(false);
        H1 title = new H1(revised == null ? "New record" : "Revise: " + RecordView.title(revised));
        add(title, createLead(), problem, form);
        if (revised == null) {
            SourceSummary source = sources.stream().filter(s -> sourceId != null && s.id() == sourceId).findFirst()
                    .orElse(sources.size() == 1 ? sources.get(0) : null);
            form.edit(RecordDraft.of(kind, source), false);
        } else {
            SourceSummary source = sources.stream().filter(s -> s.id() == revised.source().id()).findFirst()
                    .orElse(new SourceSummary(revised.source().id(), 0, revised.source().title(), null, null, null));
            form.edit(RecordDraft.of(revised, source), true);
            if (!revised.citations().isEmpty()) {
                form.showCited(revised.citations().get(0));
            }
        }
    }

    private Paragraph createLead() {
        Paragraph lead = new Paragraph(revised == null
                ? "Write a clause, a quote or a person, place or organisation, and select the passage of the source "
                + "it cites. It becomes a draft change; an editor reviews it before anyone else sees it."
                : "Your revision of version " + revised.version() + " becomes a draft change; the published record "
                + "stays as it is until an editor approves it.");
        lead.addClassName("archive-lead");
        return lead;
    }

    private void showNotFound() {
        Paragraph lead = new Paragraph("There is no published record at this address to revise.");
        lead.addClassName("archive-lead");
        add(new H1("Record not found"), lead, new Paragraph(new RouterLink("Search the archive", SearchView.class)));
    }

    private void showTranscriptionOf(SourceSummary source) {
        if (source == null) {
            form.showTranscription(null);
            return;
        }
        try {
            form.showTranscription(desk.transcription(source.id()));
        } catch (NotFoundException e) {
            form.showTranscription(null);
            Notices.refused(e);
        }
    }

    private void propose(boolean toReview) {
        problem.setVisible(false);
        try {
            RecordContent content = form.draft().toContent(form.passage().orElse(null), revised);
            ProposeChange command = revised == null
                    ? new ProposeChange(ChangeAction.CREATE, null, null, content, blankToNull(form.draft().getNote()))
                    : new ProposeChange(ChangeAction.UPDATE, revised.id(), revised.version(), content,
                    blankToNull(form.draft().getNote()));
            ChangeDetails change = desk.propose(command, caller.actor());
            long id = change.change().id();
            if (toReview) {
                desk.submit(id, caller.actor());
                BacklogChanged.fireOn(UI.getCurrent());
                Notices.done("Change " + id + " is in the review queue.");
            } else {
                Notices.done("Draft saved as change " + id + ". Submit it for review when it is ready.");
            }
            UI.getCurrent().navigate(ChangeView.class, new RouteParameters(ChangeView.ID_PARAMETER,
                    String.valueOf(id)));
        } catch (InvalidInputException e) {
            if (!form.showProblem(e.field(), Notices.sentence(e.getMessage()))) {
                showProblem(e);
            }
        } catch (DomainException e) {
            showProblem(e);
        }
    }

    /** A refusal no field explains (a change in a state that forbids it, say), said above the form and announced. */
    private void showProblem(DomainException e) {
        problem.removeAll();
        problem.add(new Span(Notices.sentence(e.getMessage())));
        problem.setVisible(true);
        Notices.refused(e);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
