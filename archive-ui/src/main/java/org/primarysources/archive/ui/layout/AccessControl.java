package org.primarysources.archive.ui.layout;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.primarysources.archive.ui.login.LoginView;

/**
 * The one place that decides, on every navigation, whether the caller may open the page they asked for.
 * <p>
 * It runs before the page is created, so a page a caller may not open is never built for them. An anonymous
 * visitor is sent to sign in and comes back afterwards; a signed-in caller without a fitting role is told so.
 */
@ApplicationScoped
class AccessControl {

    void guardEveryUi(@Observes ServiceInitEvent event, CurrentCaller caller) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI()
                .addBeforeEnterListener(enter -> check(enter, caller)));
    }

    private static void check(BeforeEnterEvent event, CurrentCaller caller) {
        if (caller.mayOpen(event.getNavigationTarget())) {
            return;
        }
        if (caller.isAnonymous()) {
            String requested = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(LoginView.class, QueryParameters.of(LoginView.CONTINUE_PARAMETER, requested));
        } else {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
