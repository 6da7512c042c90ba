package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.admin.AdminView;
import org.primarysources.archive.ui.login.LoginView;
import org.primarysources.archive.ui.review.ReviewQueueView;
import org.primarysources.archive.ui.search.SearchView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.account.Role.ADMIN;
import static org.primarysources.archive.core.account.Role.ARCHIVIST;
import static org.primarysources.archive.core.account.Role.EDITOR;
import static org.primarysources.archive.core.account.Role.RESEARCHER;

class AccessControlTest {

    /** Who may open which page, as the product asks for it; a page not listed is open to everyone. */
    private static final Map<String, Set<Role>> ALLOWED = Map.of(
            "review", EnumSet.of(EDITOR, ADMIN),
            "changes/1", EnumSet.of(ARCHIVIST, EDITOR, ADMIN),
            "import", EnumSet.of(ARCHIVIST, EDITOR, ADMIN),
            "my-changes", EnumSet.of(ARCHIVIST, EDITOR),
            "admin", EnumSet.of(ADMIN));

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    static Stream<Arguments> everyRoleOnEveryProtectedPage() {
        return EnumSet.allOf(Role.class).stream()
                .flatMap(role -> ALLOWED.keySet().stream().map(page -> Arguments.of(role, page)));
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("everyRoleOnEveryProtectedPage")
    void signedInCallerOpensOnlyThePagesTheirRoleAllows(Role role, String page) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("someone", role));

        ArchiveUi.open(page);

        Class<?> expected = ALLOWED.get(page).contains(role)
                ? RouteConfiguration.forApplicationScope().getRoute(page).orElseThrow()
                : AccessDeniedView.class;
        assertThat(ArchiveUi.currentPage()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "anonymous opens {0}")
    @MethodSource("protectedPages")
    void anonymousVisitorIsSentToSignInAndToldWhereToReturn(String page) {
        ArchiveUi.start(FakeSecurityContext.anonymous());

        ArchiveUi.open(page);

        assertThat(ArchiveUi.currentPage()).isEqualTo(LoginView.class);
        assertThat(URLDecoder.decode(ArchiveUi.currentLocation(), StandardCharsets.UTF_8))
                .isEqualTo("login?continue=" + page);
    }

    static Stream<String> protectedPages() {
        return ALLOWED.keySet().stream().sorted();
    }

    @Test
    void anonymousVisitorMayOpenSearchAndSignIn() {
        ArchiveUi.start(FakeSecurityContext.anonymous());

        ArchiveUi.open("");
        assertThat(ArchiveUi.currentPage()).isEqualTo(SearchView.class);
        ArchiveUi.open("login");
        assertThat(ArchiveUi.currentPage()).isEqualTo(LoginView.class);
    }

    @Test
    void pageIsNeverBuiltForCallerWhoMayNotOpenIt() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("reader", RESEARCHER));

        ArchiveUi.open("admin");
        ArchiveUi.open("review");

        assertThat(ArchiveUi.created()).doesNotContain(AdminView.class, ReviewQueueView.class);
    }

    @Test
    void callerWithoutRoleIsToldTheyCannotOpenThePage() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("reader", RESEARCHER));

        ArchiveUi.open("admin");

        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        assertThat(ArchiveUi.currentLocation()).isEqualTo("admin");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void signedInCallerMayOpenSearch(Role role) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("someone", role));

        ArchiveUi.open("");

        assertThat(ArchiveUi.currentPage()).isEqualTo(SearchView.class);
    }

    @Test
    void signedInCallerWithNoArchiveRoleIsTreatedLikeAResearcher() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("guest"));

        ArchiveUi.open("import");

        assertThat(ArchiveUi.currentPage()).isEqualTo(AccessDeniedView.class);
    }
}
