package org.primarysources.archive.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLanguageTest {

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    @Test
    void pageIsEnglishWhateverLanguageTheBrowserPrefers() {
        ArchiveUi.start(FakeSecurityContext.anonymous());
        ServiceInitEvent event = new ServiceInitEvent(VaadinService.getCurrent());
        new DocumentLanguage().declareOnEveryPage(event);
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"de\"><head></head><body></body></html>");

        event.getAddedIndexHtmlRequestListeners().forEach(listener -> listener.modifyIndexHtmlResponse(
                new IndexHtmlResponse(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), page)));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }
}
