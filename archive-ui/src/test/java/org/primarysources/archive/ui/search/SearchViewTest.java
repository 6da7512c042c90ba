package org.primarysources.archive.ui.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

class SearchViewTest {

    @BeforeEach
    void openAsAnonymousVisitor() {
        ArchiveUi.start(FakeSecurityContext.anonymous());
        ArchiveUi.open("");
    }

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    @Test
    void landingPageInvitesToSearch() {
        assertThat(_get(H1.class).getText()).isEqualTo("Search the archive");
    }

    @Test
    void searchFieldHasAVisibleLabelInsideASearchLandmark() {
        TextField query = _get(TextField.class);

        assertThat(query.getLabel()).isEqualTo("Search sources, clauses, quotes and entities");
        assertThat(query.getParent().orElseThrow().getElement().getAttribute("role")).isEqualTo("search");
    }
}
