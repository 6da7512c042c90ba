package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import org.primarysources.archive.ui.search.SearchView;

/**
 * Shown, with status 404, at an address that leads nowhere: no page has that address, or the record, version or
 * source it names is not published (a page that finds nothing reroutes here).
 */
@PageTitle(PageHeadWriter.NOT_FOUND_TITLE)
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private static final String NOWHERE = "There is nothing published at this address. The link may be mistyped, "
            + "or what it names may not have been approved yet.";

    public NotFoundView() {
        addClassName("archive-page");
        Paragraph explanation = new Paragraph(NOWHERE);
        explanation.addClassName("archive-lead");
        add(new H1("Not found"), explanation, new Paragraph(new RouterLink("Search the archive", SearchView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
