package org.primarysources.archive.ui.layout;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.search.SearchView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest {

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    static Stream<Arguments> callersAndTheirNavigation() {
        return Stream.of(
                Arguments.of(FakeSecurityContext.anonymous(), List.of("Search")),
                Arguments.of(FakeSecurityContext.signedInAs("rita", Role.RESEARCHER), List.of("Search")),
                Arguments.of(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST),
                        List.of("Search", "Import", "New record", "My changes")),
                Arguments.of(FakeSecurityContext.signedInAs("eda", Role.EDITOR),
                        List.of("Search", "Review queue", "Import", "My changes")),
                Arguments.of(FakeSecurityContext.signedInAs("ada", Role.ADMIN),
                        List.of("Search", "Review queue", "Import", "Administration")),
                Arguments.of(FakeSecurityContext.signedInAs("max", Role.ARCHIVIST, Role.ADMIN),
                        List.of("Search", "Review queue", "Import", "New record", "My changes", "Administration")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("callersAndTheirNavigation")
    void navigationShowsOnlyThePagesTheCallerMayOpen(FakeSecurityContext caller, List<String> expected) {
        ArchiveUi.start(caller);

        ArchiveUi.open("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactlyElementsOf(expected);
    }

    @Test
    void everyNavigationEntryLeadsToAPageTheCallerMayOpen() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("max", Role.values()));
        ArchiveUi.open("");
        List<String> paths = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();

        for (String path : paths) {
            ArchiveUi.open(path);
            assertThat(ArchiveUi.currentPage()).as(path).isNotEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void reviewQueueEntryCountsTheChangesWaiting() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("eda", Role.EDITOR));

        ArchiveUi.open("");

        SideNavItem queue = _find(SideNavItem.class).stream()
                .filter(item -> item.getLabel().equals("Review queue")).findFirst().orElseThrow();
        assertThat(queue.getSuffixComponent().isVisible()).isTrue();
        assertThat(queue.getSuffixComponent().getElement().getTextRecursively()).isEqualTo("1 waiting");
    }

    @Test
    void countFollowsApprovalsWithoutReloading() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("eda", Role.EDITOR));
        ArchiveUi.open("changes/1");

        _click(_get(Button.class, spec -> spec.withText("Approve")));

        SideNavItem queue = _find(SideNavItem.class).stream()
                .filter(item -> item.getLabel().equals("Review queue")).findFirst().orElseThrow();
        assertThat(queue.getSuffixComponent().isVisible()).isFalse();
    }

    @Test
    void anonymousVisitorIsOfferedToSignIn() {
        ArchiveUi.start(FakeSecurityContext.anonymous());

        ArchiveUi.open("");

        assertThat(_get(RouterLink.class, spec -> spec.withText("Sign in")).getHref()).isEqualTo("login");
        _assertNone(Button.class, spec -> spec.withText("Sign out"));
    }

    @Test
    void signedInCallerSeesTheirNameAndCanSignOut() {
        FakeSecurityContext security = FakeSecurityContext.signedInAs("Ada Lovelace", Role.EDITOR);
        ArchiveUi.start(security);
        ArchiveUi.open("");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Sign in"))).isEmpty();
        assertThat(_get(MainLayout.class).getElement().getOuterHTML()).contains("Ada Lovelace");
        UI ui = UI.getCurrent();
        FakeHttpSession httpSession = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
                .getHttpSession();

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        assertThat(security.isSignedIn()).as("signed in at the server").isFalse();
        assertThat(httpSession.isValid()).as("HTTP session valid").isFalse();
        assertThat(ArchiveUi.requestedPageLoads(ui)).containsExactly("./");
    }

    @Test
    void pageSitsInsideTheMainLandmark() {
        ArchiveUi.start(FakeSecurityContext.anonymous());

        ArchiveUi.open("");

        assertThat(_find(Main.class)).hasSize(1);
        _get(_get(Main.class), SearchView.class);
    }

    @Test
    void appNameLeadsToSearch() {
        ArchiveUi.start(FakeSecurityContext.anonymous());

        ArchiveUi.open("login");

        assertThat(_get(RouterLink.class, spec -> spec.withText("Archive")).getHref()).isEmpty();
    }

    @Test
    void styleSheetNamedByTheLayoutShipsInThisJar() {
        String url = MainLayout.class.getAnnotation(StyleSheet.class).value();

        assertThat(url).startsWith("context://");
        String resource = "META-INF/resources/" + url.substring("context://".length());
        assertThat(MainLayout.class.getClassLoader().getResource(resource)).as(resource).isNotNull();
    }
}
