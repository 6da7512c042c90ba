package org.primarysources.archive.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.MainLayout;

/**
 * The editors' queue: changes submitted by archivists, waiting to be approved, sent back or rejected.
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue – Archive")
@AllowedRoles({Role.EDITOR, Role.ADMIN})
public class ReviewQueueView extends Div {

    public ReviewQueueView() {
        addClassName("archive-page");
        add(new H1("Review queue"), createEmptyState());
    }

    private static Paragraph createEmptyState() {
        Paragraph emptyState = new Paragraph("Changes that archivists submit for review will be listed here, "
                + "oldest first, for you to approve, send back with a request, or reject.");
        emptyState.addClassName("archive-empty-state");
        return emptyState;
    }
}
