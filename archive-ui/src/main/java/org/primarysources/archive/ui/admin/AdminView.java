package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.MainLayout;

/**
 * Running the archive: accounts and their roles, the search index, verification of stored sources.
 */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration – Archive")
@AllowedRoles(Role.ADMIN)
public class AdminView extends Div {

    public AdminView() {
        addClassName("archive-page");
        add(new H1("Administration"), createEmptyState());
    }

    private static Paragraph createEmptyState() {
        Paragraph emptyState = new Paragraph("Accounts and their roles, rebuilding the search index and "
                + "verifying the stored sources will be managed here.");
        emptyState.addClassName("archive-lead");
        return emptyState;
    }
}
