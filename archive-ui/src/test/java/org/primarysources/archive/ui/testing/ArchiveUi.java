package org.primarysources.archive.ui.testing;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import jakarta.security.enterprise.SecurityContext;
import kotlin.jvm.functions.Function1;
import org.primarysources.archive.core.account.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's UI in Karibu-Testing: every route of {@code org.primarysources.archive.ui}, views created like
 * CDI creates them, and the caller given by a {@link FakeSecurityContext}.
 */
public final class ArchiveUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.primarysources.archive.ui");
    private static final Function1<FakeHttpSession, FakeRequest> KARIBU_REQUESTS = MockVaadin.getMockRequestFactory();

    private static ArchiveTestServlet servlet;

    private ArchiveUi() {
    }

    public static Routes routes() {
        return ROUTES;
    }

    /** Starts the UI with the given caller and empty fakes of the archive's services. */
    public static void start(FakeSecurityContext security) {
        start(security, new Object[0]);
    }

    /**
     * Starts the UI with the given caller and services: each fake stands in for every interface it implements;
     * services not given are empty fakes.
     */
    public static void start(FakeSecurityContext security, Object... services) {
        Map<Class<?>, Object> beans = new HashMap<>();
        for (Object fake : List.of(new FakeRecordSearch(), FakeRecordCatalogue.sample(), FakeReviewDesk.sample(),
                new FakeImportDesk(), FakeSourceCatalogue.sample(), FakeAdminDesk.sample(),
                FakeDraftingDesk.sample())) {
            register(beans, fake);
        }
        for (Object service : services) {
            register(beans, service);
        }
        beans.put(SecurityContext.class, security);
        servlet = new ArchiveTestServlet(ROUTES, beans);
        MockVaadin.setMockRequestFactory(session -> new ServerRequest(session, security));
        MockVaadin.setup(UI::new, servlet);
    }

    private static void register(Map<Class<?>, Object> beans, Object service) {
        for (Class<?> type : service.getClass().getInterfaces()) {
            beans.put(type, service);
        }
    }

    public static void stop() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(KARIBU_REQUESTS);
        servlet = null;
    }

    /** Starts the UI for a caller signed in with one role, with the given services, and opens a location. */
    public static void openAs(String name, Role role, String location, Object... services) {
        start(FakeSecurityContext.signedInAs(name, role), services);
        open(location);
    }

    /** Opens a location (path and query, e.g. {@code "review"}) as if typed into the address bar. */
    public static void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** The page class now shown (the innermost navigation target, an error view included). */
    public static Class<?> currentPage() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    /** The location the address bar now shows, with its query. */
    public static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Archive classes created so far, in order: pages, layouts and beans. */
    public static List<Class<?>> created() {
        return servlet.instantiator().created();
    }

    /** A request as the server hands it over: {@code logout()} forgets the caller instead of failing. */
    private static final class ServerRequest extends FakeRequest {

        private final transient FakeSecurityContext security;

        ServerRequest(FakeHttpSession session, FakeSecurityContext security) {
            super(session);
            this.security = security;
        }

        @Override
        public void logout() {
            security.logout();
        }
    }

    /** Full page loads the server asked the browser for ({@code Page.setLocation}), oldest first. */
    public static List<String> requestedPageLoads() {
        return requestedPageLoads(UI.getCurrent());
    }

    /** Full page loads the server asked the browser for in the given UI, oldest first. */
    public static List<String> requestedPageLoads(UI ui) {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("window.open"))
                .map(invocation -> String.valueOf(invocation.getParameters().get(0)))
                .toList();
    }
}
