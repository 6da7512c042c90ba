package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import org.primarysources.archive.ui.admin.AdminView;
import org.primarysources.archive.ui.changes.MyChangesView;
import org.primarysources.archive.ui.drafting.RecordDraftView;
import org.primarysources.archive.ui.importing.ImportView;
import org.primarysources.archive.ui.login.LoginView;
import org.primarysources.archive.ui.review.ReviewDesk;
import org.primarysources.archive.ui.review.ReviewQueueView;
import org.primarysources.archive.ui.search.SearchView;

import java.util.List;

/**
 * The frame around every page: the app bar with the caller's name, the navigation to the pages the caller's roles
 * allow, and the page itself as the document's main landmark.
 */
@StyleSheet("context://styles/archive.css")
public class MainLayout extends AppLayout {

    private static final System.Logger LOG = System.getLogger(MainLayout.class.getName());

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("Search", SearchView.class, VaadinIcon.SEARCH),
            new Destination("Review queue", ReviewQueueView.class, VaadinIcon.CHECK_SQUARE_O),
            new Destination("Import", ImportView.class, VaadinIcon.UPLOAD),
            new Destination("New record", RecordDraftView.class, VaadinIcon.PLUS),
            new Destination("My changes", MyChangesView.class, VaadinIcon.EDIT),
            new Destination("Administration", AdminView.class, VaadinIcon.COG));

    private final CurrentCaller caller;
    private final ReviewDesk reviewDesk;
    private final Main content = new Main();
    private final Span backlogCount = new Span();
    private final Span backlog = new Span();
    private Registration backlogListener;

    @Inject
    public MainLayout(CurrentCaller caller, ReviewDesk reviewDesk) {
        this.caller = caller;
        this.reviewDesk = reviewDesk;
        addClassName("archive-layout");
        addToNavbar(createAppBar());
        addToDrawer(createNavigation());
        content.addClassName("archive-content");
        setContent(content);
    }

    /** Places each page inside the {@code <main>} landmark, which AppLayout's own content area is not. */
    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
        afterNavigation();
        showBacklog();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        backlogListener = ComponentUtil.addListener(attachEvent.getUI(), BacklogChanged.class,
                changed -> showBacklog());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (backlogListener != null) {
            backlogListener.remove();
            backlogListener = null;
        }
        super.onDetach(detachEvent);
    }

    /** The number of changes waiting for review, beside the queue's entry, for those who may open the queue. */
    private void showBacklog() {
        if (!caller.mayOpen(ReviewQueueView.class)) {
            return;
        }
        long waiting = reviewDesk.inReview();
        backlogCount.setText(String.valueOf(waiting));
        backlog.setVisible(waiting > 0);
    }

    private Span createBacklog() {
        Span explanation = new Span(" waiting");
        explanation.addClassName("archive-visually-hidden");
        backlog.add(backlogCount, explanation);
        backlog.getElement().getThemeList().addAll(List.of("badge", "pill", "small"));
        backlog.addClassName("archive-backlog");
        backlog.setVisible(false);
        return backlog;
    }

    private Header createAppBar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        RouterLink appName = new RouterLink("Archive", SearchView.class);
        appName.addClassName("archive-app-name");
        Header appBar = new Header(toggle, appName, createCallerArea());
        appBar.addClassName("archive-app-bar");
        return appBar;
    }

    private Component createCallerArea() {
        Div callerArea = new Div();
        callerArea.addClassName("archive-caller");
        caller.name().ifPresentOrElse(
                name -> callerArea.add(createCallerName(name), createSignOut()),
                () -> callerArea.add(createSignIn()));
        return callerArea;
    }

    private static Component createCallerName(String name) {
        Icon icon = VaadinIcon.USER.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span callerName = new Span(icon, new Span(name));
        callerName.addClassName("archive-caller-name");
        callerName.setTitle("Signed in as " + name);
        return callerName;
    }

    private Button createSignOut() {
        Button signOut = new Button("Sign out", click -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    private static RouterLink createSignIn() {
        RouterLink signIn = new RouterLink("Sign in", LoginView.class);
        signIn.addClassName("archive-sign-in");
        return signIn;
    }

    private SideNav createNavigation() {
        SideNav navigation = new SideNav();
        navigation.getElement().setAttribute("aria-label", "Main");
        navigation.addClassName("archive-navigation");
        for (Destination destination : DESTINATIONS) {
            if (caller.mayOpen(destination.page())) {
                SideNavItem item = destination.toItem();
                if (destination.page() == ReviewQueueView.class) {
                    item.setSuffixComponent(createBacklog());
                }
                navigation.addItem(item);
            }
        }
        return navigation;
    }

    private static void signOut() {
        try {
            // lets the server's authentication mechanism forget the caller too, not only the session
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException e) {
            LOG.log(System.Logger.Level.WARNING, "Signing out of the server failed; ending the session anyway", e);
        }
        UI.getCurrent().getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private record Destination(String label, Class<? extends Component> page, VaadinIcon icon) {

        SideNavItem toItem() {
            return new SideNavItem(label, page, icon.create());
        }
    }
}
