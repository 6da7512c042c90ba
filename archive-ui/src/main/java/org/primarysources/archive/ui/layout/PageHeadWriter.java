package org.primarysources.archive.ui.layout;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.primarysources.archive.core.error.NotFoundException;

import java.util.Optional;

/**
 * The first HTML the server sends for a page. Vaadin builds a page's content only after it, in the browser; readers
 * that run no script (Zotero's translators, Google Scholar, harvesters, {@code curl}) see only this and its status.
 * An address no page has is answered 404 here; a feature that describes its pages ({@link PageHeadSource}) adds
 * their {@link PageHead} with {@link #describeWith}, and a page of it with nothing to show (a record, version or
 * source that is not published) is a 404 too.
 */
@ApplicationScoped
public class PageHeadWriter {

    static final String NOT_FOUND_TITLE = "Not found – Archive";

    void answerUnknownAddressesNotFound(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!target(response).hasTarget()) {
                notFound(response);
            }
        });
    }

    /** Writes the heads of a feature's pages into their first HTML, and answers 404 where they find nothing. */
    public static void describeWith(ServiceInitEvent event, PageHeadSource source) {
        event.addIndexHtmlRequestListener(response -> {
            NavigationRouteTarget target = target(response);
            if (!target.hasTarget()) {
                return;
            }
            try {
                Optional<PageHead> head = source.head(target.getRouteTarget().getTarget(),
                        target.getRouteParameters());
                head.ifPresent(found -> found.writeTo(response.getDocument()));
            } catch (NotFoundException | NumberFormatException nothingThere) {
                notFound(response);
            }
        });
    }

    private static NavigationRouteTarget target(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").replaceFirst("^/", "");
        return request.getService().getRouter().getRegistry().getNavigationRouteTarget(path);
    }

    private static void notFound(IndexHtmlResponse response) {
        response.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
        response.getDocument().title(NOT_FOUND_TITLE);
    }
}
