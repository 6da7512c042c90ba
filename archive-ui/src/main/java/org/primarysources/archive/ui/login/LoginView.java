package org.primarysources.archive.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.primarysources.archive.core.account.SignInRefusal;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.search.SearchView;

/**
 * Signing in with an archive account. After signing in the caller returns to the page they had asked for, or
 * to search.
 */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Sign in – Archive")
public class LoginView extends Div implements BeforeEnterObserver {

    /** Query parameter naming the page (path and query) to open after signing in, e.g. {@code review}. */
    public static final String CONTINUE_PARAMETER = "continue";

    private final SecurityContext securityContext;
    private final CurrentCaller caller;
    private final LoginForm form = createForm();
    private String continueTo = "";

    @Inject
    public LoginView(SecurityContext securityContext, CurrentCaller caller) {
        this.securityContext = securityContext;
        this.caller = caller;
        addClassNames("archive-page", "archive-login");
        form.addLoginListener(this::signIn);
        add(new H1("Sign in"), createExplanation(), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!caller.isAnonymous()) {
            event.forwardTo(SearchView.class);
            return;
        }
        continueTo = event.getLocation().getQueryParameters().getSingleParameter(CONTINUE_PARAMETER)
                .filter(LoginView::isPageOfTheArchive)
                .orElse("");
    }

    private void signIn(LoginEvent event) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(event.getUsername(),
                                new Password(event.getPassword()))));
        if (status == AuthenticationStatus.SUCCESS) {
            // a full page load, so that everything on screen is built anew for the signed-in caller;
            // "./" keeps the address relative to wherever the archive is deployed
            UI.getCurrent().getPage().setLocation("./" + continueTo);
        } else {
            form.setI18n(SignInRefusal.of(request).map(LoginView::createTexts).orElseGet(LoginView::createTexts));
            form.setError(true);
        }
    }

    private static boolean isPageOfTheArchive(String target) {
        try {
            String path = new Location(target).getPath();
            return RouteConfiguration.forApplicationScope().getRoute(path)
                    .filter(page -> page != LoginView.class)
                    .isPresent();
        } catch (InvalidLocationException e) {
            return false;
        }
    }

    private static Paragraph createExplanation() {
        Paragraph explanation = new Paragraph("Searching and reading the archive needs no account. Archivists, "
                + "editors and administrators sign in here to import sources, draft changes and review them.");
        explanation.addClassName("archive-lead");
        return explanation;
    }

    private static LoginForm createForm() {
        LoginForm form = new LoginForm(createTexts());
        form.setForgotPasswordButtonVisible(false);
        // the page's own heading is the h1; the form's title sits below it
        form.getElement().setProperty("headingLevel", 2);
        return form;
    }

    /** The form's texts when the sign-in was refused before the password was checked, saying why. */
    private static LoginI18n createTexts(String refusal) {
        LoginI18n i18n = createTexts();
        i18n.getErrorMessage().setTitle("Sign-in refused for now");
        i18n.getErrorMessage().setMessage(refusal);
        return i18n;
    }

    private static LoginI18n createTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Your archive account");
        i18n.getForm().setUsername("Account name");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Account name or password not recognised");
        i18n.getErrorMessage().setMessage("Check both and try again. Ask an administrator if you have "
                + "forgotten your password.");
        i18n.getErrorMessage().setUsername("Enter your account name");
        i18n.getErrorMessage().setPassword("Enter your password");
        return i18n;
    }
}
