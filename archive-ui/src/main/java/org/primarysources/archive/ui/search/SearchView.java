package org.primarysources.archive.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.primarysources.archive.ui.layout.MainLayout;

/**
 * The landing page, open to everyone: where a researcher starts looking for a source, clause, quote or entity.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Search the archive – Archive")
public class SearchView extends Div {

    public SearchView() {
        addClassName("archive-page");
        add(new H1("Search the archive"), createSearchBox(), createEmptyState());
    }

    private static Component createSearchBox() {
        TextField query = new TextField("Search sources, clauses, quotes and entities");
        query.setPlaceholder("e.g. a treaty, an article, a person's words");
        query.setPrefixComponent(createDecorativeIcon());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addClassName("archive-search-field");
        Div searchBox = new Div(query);
        searchBox.addClassName("archive-search-box");
        searchBox.getElement().setAttribute("role", "search");
        return searchBox;
    }

    private static Icon createDecorativeIcon() {
        Icon icon = VaadinIcon.SEARCH.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static Paragraph createEmptyState() {
        Paragraph emptyState = new Paragraph("Results will be listed here: treaty clauses, verbatim quotes and "
                + "entities, each with the source it comes from and a citation ready to copy. "
                + "Search is not connected yet.");
        emptyState.addClassName("archive-empty-state");
        return emptyState;
    }
}
