package org.primarysources.archive.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.review.ChangePage;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.ChangeSummary;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.components.OriginalFileLink;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.BacklogChanged;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * The editors' queue: changes submitted by archivists, waiting to be approved, sent back or rejected. Filtered by
 * import, author and kind (in the address bar); a whole import can be approved at once after reviewing it.
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue – Archive")
@AllowedRoles({Role.EDITOR, Role.ADMIN})
public class ReviewQueueView extends Div implements BeforeEnterObserver {

    /** The most changes the queue lists at once; filter by import or author to see the rest. */
    static final int MAX_LISTED = 1_000;
    private static final int PAGE = 200;

    private final ReviewDesk desk;
    private final CurrentCaller caller;
    private final TextField importField = new TextField("Import");
    private final TextField authorField = new TextField("Author");
    private final Select<String> kindField = new Select<>();
    private final H2 summary = new H2();
    private final Div batch = new Div();
    private final Div original = new Div();
    private final UnorderedList changes = new UnorderedList();
    private QueueFilter filter = new QueueFilter(null, null, null);
    private boolean showing;

    @Inject
    public ReviewQueueView(ReviewDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-review-queue");
        add(new H1("Review queue"), createLead(), createFilters(), summary, original, batch, changes);
        batch.addClassName("archive-batch");
        changes.addClassName("archive-changes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = QueueFilter.of(event.getLocation().getQueryParameters());
        showing = true;
        try {
            importField.setValue(filter.importId() == null ? "" : String.valueOf(filter.importId()));
            authorField.setValue(filter.author() == null ? "" : filter.author());
            kindField.setValue(filter.kind());
        } finally {
            showing = false;
        }
        showQueue();
    }

    private void showQueue() {
        List<ChangeSummary> waiting = waiting();
        List<ChangeSummary> shown = waiting.stream().filter(filter::admits).toList();
        summary.setText(shown.size() == 1 ? "1 change waiting" : shown.size() + " changes waiting");
        changes.removeAll();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(filter.importId() == null && filter.author() == null && filter.kind() == null
                    ? "Nothing waits for review. Well done." : "No waiting change matches these filters.");
            none.addClassName("archive-empty-state");
            changes.add(new ListItem(none));
        }
        shown.forEach(change -> changes.add(new ListItem(createChange(change))));
        original.removeAll();
        if (filter.importId() != null && !shown.isEmpty()) {
            original.add(OriginalFileLink.of(filter.importId(), desk::original));
        }
        showBatch(shown);
    }

    /** The waiting changes of the import and author asked for; the kind is filtered here, the service has none. */
    private List<ChangeSummary> waiting() {
        List<ChangeSummary> all = new ArrayList<>();
        int page = 0;
        ChangePage found;
        do {
            found = desk.changes(ChangeState.IN_REVIEW, filter.author(), filter.importId(), page++, PAGE);
            all.addAll(found.items());
        } while (!found.items().isEmpty() && all.size() < found.total() && all.size() < MAX_LISTED);
        return all;
    }

    private void showBatch(List<ChangeSummary> shown) {
        batch.removeAll();
        boolean wholeImport = filter.importId() != null && filter.author() == null && filter.kind() == null;
        batch.setVisible(wholeImport && !shown.isEmpty() && caller.may(Role.EDITOR));
        if (!batch.isVisible()) {
            return;
        }
        long importId = filter.importId();
        Button approveAll = new Button("Approve all " + shown.size() + " in review", VaadinIcon.CHECK.create(),
                click -> approveImport(importId));
        approveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Paragraph explanation = new Paragraph("Approves every change of import " + importId
                + " that waits for review, the source first, in one step. Approve only after reviewing them.");
        explanation.addClassName("archive-batch-explanation");
        batch.add(explanation, approveAll);
    }

    private void approveImport(long importId) {
        try {
            int approved = desk.approveImport(importId, caller.actor(), null);
            Notices.done("Approved " + approved + (approved == 1 ? " change" : " changes") + " of import "
                    + importId + ".");
        } catch (DomainException e) {
            Notices.refused(e);
        }
        BacklogChanged.fireOn(UI.getCurrent());
        showQueue();
    }

    private Component createChange(ChangeSummary change) {
        Div card = new Div();
        card.addClassName("archive-change-card");
        Div badges = new Div(Badges.badge(Texts.words(QueueFilter.kindOf(change)), "contrast", "archive-badge-kind"),
                Badges.badge(Texts.words(change.action().name()), "", "archive-badge-action"));
        badges.addClassName("archive-hit-badges");
        H3 title = new H3(new RouterLink(change.label() == null || change.label().isBlank()
                ? "Change " + change.id() : Texts.shorten(change.label(), 120), ChangeView.class,
                new RouteParameters(ChangeView.ID_PARAMETER, String.valueOf(change.id()))));
        title.addClassName("archive-hit-title");
        Div facts = new Div(fact("Change " + change.id()), fact("by " + change.author()));
        facts.addClassName("archive-hit-facts");
        if (change.importId() != null) {
            RouterLink ofImport = new RouterLink("import " + change.importId(), ReviewQueueView.class);
            ofImport.setQueryParameters(filter.withImport(change.importId()).toParameters());
            facts.add(new Span(new Span("from "), ofImport));
        }
        facts.add(fact("submitted " + Times.format(change.updatedAt())));
        card.add(badges, title, facts);
        return card;
    }

    private static Span fact(String text) {
        Span fact = new Span(text);
        fact.addClassName("archive-fact");
        return fact;
    }

    private Component createFilters() {
        importField.setAllowedCharPattern("[0-9]");
        importField.setPlaceholder("any");
        importField.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        importField.addValueChangeListener(change -> refilter(filter.withImport(number(change.getValue()))));
        authorField.setPlaceholder("anyone");
        authorField.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        authorField.addValueChangeListener(change -> refilter(filter.withAuthor(change.getValue())));
        kindField.setLabel("Kind");
        kindField.setItems(QueueFilter.KINDS);
        kindField.setEmptySelectionAllowed(true);
        kindField.setEmptySelectionCaption("Any kind");
        kindField.setItemLabelGenerator(kind -> kind == null ? "Any kind" : Texts.words(kind));
        kindField.addValueChangeListener(change -> refilter(filter.withKind(change.getValue())));
        Div filters = new Div(importField, authorField, kindField);
        filters.addClassName("archive-filters");
        return filters;
    }

    private void refilter(QueueFilter changed) {
        if (showing || changed.equals(filter)) {
            return;
        }
        UI.getCurrent().navigate(ReviewQueueView.class, changed.toParameters());
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Changes that archivists submitted, oldest import first. Open one to see "
                + "what it changes word by word, discuss it, and approve it, send it back or reject it.");
        lead.addClassName("archive-lead");
        return lead;
    }
}
