package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import org.primarysources.archive.ui.search.SearchView;

/**
 * Shown, at the address that was asked for, instead of a page the signed-in caller's roles do not allow.
 */
@PageTitle("Not allowed – Archive")
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("archive-page");
        add(new H1("You cannot open this page"), createExplanation(), createWayBack());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    private static Paragraph createExplanation() {
        Paragraph explanation = new Paragraph("Your account does not have a role that allows this page. "
                + "If you need it for your work, ask an administrator of the archive.");
        explanation.addClassName("archive-lead");
        return explanation;
    }

    private static Paragraph createWayBack() {
        return new Paragraph(new RouterLink("Back to search", SearchView.class));
    }
}
