package org.primarysources.archive.ui.login;

import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.search.SearchView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;
import org.primarysources.archive.ui.testing.FakeSecurityContext.SignInAttempt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest {

    private final FakeSecurityContext security = FakeSecurityContext.anonymous()
            .withAccount("eda", "correct horse", Role.EDITOR);

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    @Test
    void signingInAsksTheServerWithTheTypedCredentials() {
        ArchiveUi.start(security);
        ArchiveUi.open("login");

        _login(_get(LoginForm.class), "eda", "correct horse");

        assertThat(security.lastSignIn()).contains(new SignInAttempt("eda", "correct horse", true, true));
    }

    @Test
    void callerReturnsToThePageTheyAskedForAfterSigningIn() {
        ArchiveUi.start(security);
        ArchiveUi.open("review");

        _login(_get(LoginForm.class), "eda", "correct horse");

        assertThat(ArchiveUi.requestedPageLoads()).containsExactly("./review");
    }

    @Test
    void callerWhoCameStraightToSignInGoesToSearch() {
        ArchiveUi.start(security);
        ArchiveUi.open("login");

        _login(_get(LoginForm.class), "eda", "correct horse");

        assertThat(ArchiveUi.requestedPageLoads()).containsExactly("./");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://elsewhere.example/", "//elsewhere.example", "no-such-page", "login"})
    void signInNeverSendsTheCallerAnywhereButAPageOfTheArchive(String continueTo) {
        ArchiveUi.start(security);
        ArchiveUi.open("login?continue=" + continueTo);

        _login(_get(LoginForm.class), "eda", "correct horse");

        assertThat(ArchiveUi.requestedPageLoads()).containsExactly("./");
    }

    @Test
    void wrongPasswordKeepsTheCallerHereWithAnError() {
        ArchiveUi.start(security);
        ArchiveUi.open("review");

        _login(_get(LoginForm.class), "eda", "wrong");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(ArchiveUi.requestedPageLoads()).isEmpty();
        assertThat(ArchiveUi.currentPage()).isEqualTo(LoginView.class);
    }

    @Test
    void signedInCallerIsNotAskedToSignInAgain() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("eda", Role.EDITOR));

        ArchiveUi.open("login");

        assertThat(ArchiveUi.currentPage()).isEqualTo(SearchView.class);
    }

    @Test
    void formTitleRanksBelowThePageHeading() {
        ArchiveUi.start(security);

        ArchiveUi.open("login");

        assertThat(_get(LoginForm.class).getElement().getProperty("headingLevel", 0)).isEqualTo(2);
    }
}
