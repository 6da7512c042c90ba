package org.primarysources.archive.ui.importing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.MainLayout;

/**
 * Where new primary sources enter the archive: upload, check what was read, submit for review.
 */
@Route(value = "import", layout = MainLayout.class)
@PageTitle("Import sources – Archive")
@AllowedRoles({Role.ARCHIVIST, Role.EDITOR, Role.ADMIN})
public class ImportView extends Div {

    public ImportView() {
        addClassName("archive-page");
        add(new H1("Import sources"), createEmptyState());
    }

    private static Paragraph createEmptyState() {
        Paragraph emptyState = new Paragraph("Here you will upload documents, check the clauses, quotes and "
                + "entities read from them, and submit the result as a change for review.");
        emptyState.addClassName("archive-empty-state");
        return emptyState;
    }
}
