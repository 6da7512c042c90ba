package org.primarysources.archive.ui.changes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangePage;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.ChangeSummary;
import org.primarysources.archive.core.review.CommentView;
import org.primarysources.archive.core.review.TransitionView;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.review.ChangeView;
import org.primarysources.archive.ui.review.ReviewDesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's own drafted changes, where each one stands in review, and what reviewers said about it. Filtered by
 * state and import in the address bar: {@code ?state=changes_requested&import=3&page=2}.
 */
@Route(value = "my-changes", layout = MainLayout.class)
@PageTitle("My changes – Archive")
@AllowedRoles({Role.ARCHIVIST, Role.EDITOR})
public class MyChangesView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 25;

    private final ReviewDesk desk;
    private final CurrentCaller caller;
    private final Select<ChangeState> stateField = new Select<>();
    private final H2 summary = new H2();
    private final UnorderedList list = new UnorderedList();
    private final Nav pager = new Nav();
    private ChangeState state;
    private Long importId;
    private int page;
    private boolean showing;

    @Inject
    public MyChangesView(ReviewDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-my-changes");
        list.addClassName("archive-changes");
        pager.addClassName("archive-pager");
        pager.getElement().setAttribute("aria-label", "Pages of my changes");
        add(new H1("My changes"), createLead(), createFilters(), summary, list, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> values = event.getLocation().getQueryParameters().getParameters();
        state = first(values, "state").flatMap(MyChangesView::state).orElse(null);
        importId = first(values, "import").flatMap(MyChangesView::number).orElse(null);
        page = first(values, "page").flatMap(MyChangesView::number).map(Long::intValue).filter(p -> p > 0).orElse(1);
        showing = true;
        try {
            stateField.setValue(state);
        } finally {
            showing = false;
        }
        show();
    }

    private void show() {
        String me = caller.name().orElse("");
        ChangePage found = desk.changes(state, me, importId, page - 1, PAGE_SIZE);
        summary.setText((found.total() == 1 ? "1 change" : found.total() + " changes")
                + (importId == null ? "" : " from import " + importId));
        list.removeAll();
        if (found.items().isEmpty()) {
            Paragraph none = new Paragraph(state == null && importId == null
                    ? "You have not drafted any change yet. Import an article to start."
                    : "None of your changes match.");
            none.addClassName("archive-empty-state");
            list.add(new ListItem(none));
        }
        for (ChangeSummary change : found.items()) {
            list.add(new ListItem(createChange(change, me)));
        }
        showPager(found.total());
    }

    private Component createChange(ChangeSummary change, String me) {
        Div card = new Div();
        card.addClassName("archive-change-card");
        Div badges = new Div(Badges.state(change.state()),
                Badges.badge(Texts.words(change.action().name()), "", "archive-badge-action"));
        badges.addClassName("archive-hit-badges");
        H3 title = new H3(new RouterLink(change.label() == null || change.label().isBlank()
                ? "Change " + change.id() : Texts.shorten(change.label(), 120), ChangeView.class,
                new RouteParameters(ChangeView.ID_PARAMETER, String.valueOf(change.id()))));
        title.addClassName("archive-hit-title");
        Span facts = new Span("Change " + change.id() + (change.importId() == null ? "" : " · import "
                + change.importId()) + " · last moved " + Times.format(change.updatedAt()));
        facts.addClassName("archive-hit-facts");
        card.add(badges, title, facts);
        List<Component> said = reviewersWords(desk.change(change.id()), me);
        if (!said.isEmpty()) {
            Div words = new Div(new Span("What reviewers said:"));
            words.addClassName("archive-reviewers-words");
            said.forEach(words::add);
            card.add(words);
        }
        return card;
    }

    /** Comments by others, and the notes editors left with their decisions, oldest first. */
    private static List<Component> reviewersWords(ChangeDetails details, String me) {
        List<Component> said = new ArrayList<>();
        for (TransitionView move : details.transitions()) {
            if (move.comment() != null && !move.comment().isBlank() && !me.equals(move.actor())) {
                said.add(saying(move.actor() + " (" + Texts.words(move.to().name()).toLowerCase(Locale.ROOT) + ")",
                        move.comment()));
            }
        }
        for (CommentView comment : details.comments()) {
            if (!me.equals(comment.author())) {
                said.add(saying(comment.author(), comment.body()));
            }
        }
        return said;
    }

    private static Component saying(String who, String words) {
        Span author = new Span(who + ": ");
        author.addClassName("archive-comment-author");
        Paragraph paragraph = new Paragraph(author, new Span(words));
        paragraph.addClassName("archive-comment-body");
        return paragraph;
    }

    private void showPager(long total) {
        pager.removeAll();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        pager.setVisible(pages > 1);
        if (pages > 1) {
            Button previous = new Button("Previous page", click -> go(state, page - 1));
            previous.setEnabled(page > 1);
            Button next = new Button("Next page", click -> go(state, page + 1));
            next.setEnabled(page < pages);
            pager.add(previous, new Span("Page " + page + " of " + pages), next);
        }
    }

    private void go(ChangeState newState, int newPage) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (newState != null) {
            values.put("state", List.of(newState.name().toLowerCase(Locale.ROOT)));
        }
        if (importId != null) {
            values.put("import", List.of(String.valueOf(importId)));
        }
        if (newPage > 1) {
            values.put("page", List.of(String.valueOf(newPage)));
        }
        UI.getCurrent().navigate(MyChangesView.class, new QueryParameters(values));
    }

    private Component createFilters() {
        stateField.setLabel("State");
        stateField.setItems(ChangeState.values());
        stateField.setEmptySelectionAllowed(true);
        stateField.setEmptySelectionCaption("Any state");
        stateField.setItemLabelGenerator(s -> s == null ? "Any state" : Badges.stateName(s));
        stateField.addValueChangeListener(change -> {
            if (!showing) {
                go(change.getValue(), 1);
            }
        });
        Div filters = new Div(stateField);
        filters.addClassName("archive-filters");
        return filters;
    }

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Changes you have drafted and where each one stands: draft, waiting for "
                + "review, sent back to you, approved or rejected — with what the reviewers said.");
        lead.addClassName("archive-lead");
        return lead;
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null ? Optional.empty() : found.stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<ChangeState> state(String value) {
        try {
            return Optional.of(ChangeState.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
