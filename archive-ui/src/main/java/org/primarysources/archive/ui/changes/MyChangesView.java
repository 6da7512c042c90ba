package org.primarysources.archive.ui.changes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.MainLayout;

/**
 * The caller's own drafted changes and where each stands in review.
 */
@Route(value = "my-changes", layout = MainLayout.class)
@PageTitle("My changes – Archive")
@AllowedRoles({Role.ARCHIVIST, Role.EDITOR})
public class MyChangesView extends Div {

    public MyChangesView() {
        addClassName("archive-page");
        add(new H1("My changes"), createEmptyState());
    }

    private static Paragraph createEmptyState() {
        Paragraph emptyState = new Paragraph("Changes you have drafted will be listed here with where each one "
                + "stands: draft, waiting for review, sent back to you, approved or rejected.");
        emptyState.addClassName("archive-empty-state");
        return emptyState;
    }
}
