package org.primarysources.archive.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Declares every page English ({@code <html lang="en">}). Left alone, Vaadin would copy the language the browser
 * asks for, which would be wrong for the archive's English interface.
 */
@ApplicationScoped
class DocumentLanguage {

    static final String LANGUAGE = "en";

    void declareOnEveryPage(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html").attr("lang", LANGUAGE));
    }
}
