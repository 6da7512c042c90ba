package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.login.LoginView;
import org.primarysources.archive.ui.record.RecordVersionView;
import org.primarysources.archive.ui.record.RecordView;
import org.primarysources.archive.ui.review.ChangeView;
import org.primarysources.archive.ui.source.SourceView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.util.Map;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What every page owes a screen-reader user and a browser tab: a title, one h1, a main landmark. */
class PageStructureTest {

    /** Where to find a page whose route names something, e.g. a record; the fakes hold record 1, source 3, change 1. */
    private static final Map<Class<?>, String> SAMPLE_ADDRESSES = Map.of(
            RecordView.class, "records/1",
            RecordVersionView.class, "records/1/versions/1",
            SourceView.class, "sources/3",
            ChangeView.class, "changes/1");

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    static Stream<Class<? extends Component>> pages() {
        return ArchiveUi.routes().getRoutes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasATitleOneHeadingAndSaysWhatItIsFor(Class<? extends Component> page) {
        openAsSomeoneWhoMay(page);

        assertThat(ArchiveUi.currentPage()).isEqualTo(page);
        assertStructure(page);
    }

    @Test
    void notAllowedPageHasATitleOneHeadingAndSaysWhatItIsFor() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("reader", Role.RESEARCHER));

        ArchiveUi.open("admin");

        assertThat(ArchiveUi.currentPage()).isEqualTo(AccessDeniedView.class);
        assertStructure(AccessDeniedView.class);
    }

    private static void openAsSomeoneWhoMay(Class<? extends Component> page) {
        AllowedRoles allowed = page.getAnnotation(AllowedRoles.class);
        ArchiveUi.start(page == LoginView.class || allowed == null
                ? FakeSecurityContext.anonymous()
                : FakeSecurityContext.signedInAs("someone", allowed.value()));
        ArchiveUi.open(SAMPLE_ADDRESSES.containsKey(page) ? SAMPLE_ADDRESSES.get(page)
                : RouteConfiguration.forApplicationScope().getUrl(page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesOfSomething")
    void pageOfSomethingMissingStillHasATitleOneHeadingAndSaysWhatItIsFor(String address) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("someone", Role.values()));

        ArchiveUi.open(address);

        assertStructure(ArchiveUi.currentPage().asSubclass(Component.class));
    }

    static Stream<String> pagesOfSomething() {
        return Stream.of("records/404", "records/1/versions/9", "no-such-page", "changes/404",
                "records/not-a-number", "sources/404", "sources/3?version=9", "records/404/edit");
    }

    private static void assertStructure(Class<? extends Component> page) {
        assertThat(UI.getCurrent().getInternals().getTitle()).as("the document's title").endsWith("– Archive");
        assertThat(_find(H1.class)).as("h1 elements").hasSize(1);
        assertThat(_get(H1.class).getText()).isNotBlank();
        Component shown = _get(_get(Main.class), page);
        assertThat(_find(shown, Paragraph.class, spec -> spec.withClasses("archive-lead")))
                .as("a paragraph saying what the page is for").hasSize(1);
        if (page.isAnnotationPresent(Route.class)) {
            assertThat(page.getAnnotation(Route.class).layout()).isEqualTo(MainLayout.class);
        }
    }
}
