package org.primarysources.archive.ui;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The browser interface's architecture, all in one place: each rule says why it holds. */
@AnalyzeClasses(packages = "org.primarysources.archive.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String UI_PACKAGE = "org.primarysources.archive.ui";

    /** Pages: what the router shows at an address. */
    private static final DescribedPredicate<JavaClass> PAGES = describe(
            "pages (@Route)", type -> type.isAnnotatedWith(Route.class));

    /** The shell and the building blocks every feature shares. */
    private static final DescribedPredicate<JavaClass> SHARED = resideInAnyPackage(
            UI_PACKAGE + ".layout..", UI_PACKAGE + ".components..").as("the shell and the shared components");

    /** The Archive… classes that answer a port with core's and search's services. */
    private static final DescribedPredicate<JavaClass> PORT_IMPLEMENTATIONS = describe(
            "port implementations (Archive… classes implementing an interface of the UI)",
            type -> type.getSimpleName().startsWith("Archive")
                    && type.getRawInterfaces().stream().anyMatch(port -> port.getPackageName().startsWith(UI_PACKAGE)));

    /** Ports: what a feature's pages ask of the archive ({@code ReviewDesk}, …); the tests give them fakes. */
    private static final DescribedPredicate<JavaClass> PORTS = describe(
            "ports (interfaces an Archive… class implements)",
            type -> type.isInterface() && type.getSubclasses().stream().anyMatch(PORT_IMPLEMENTATIONS));

    /** Application services of core and search ({@code Records}, {@code Changes}, {@code Searches}, …). */
    private static final DescribedPredicate<JavaClass> SERVICES = describe(
            "the archive's services (beans of core and search)",
            type -> type.getPackageName().matches("org\\.primarysources\\.archive\\.(core|search)(\\..*)?")
                    && (type.isMetaAnnotatedWith(NormalScope.class) || type.isAnnotatedWith(Singleton.class)
                    || type.isAnnotatedWith(Stateless.class)));

    /** A field or parameter of a service's type, creating a service, or calling one of its instance methods. */
    private static final ArchCondition<JavaClass> NEITHER_HOLD_NOR_CALL_A_SERVICE = new ArchCondition<>(
            "neither hold nor call one of the archive's services") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            Stream<String> held = Stream.concat(
                    type.getFields().stream().filter(field -> SERVICES.test(field.getRawType()))
                            .map(field -> "Field <" + field.getFullName() + "> holds a service"),
                    type.getCodeUnits().stream()
                            .filter(code -> code.getRawParameterTypes().stream().anyMatch(SERVICES))
                            .map(code -> "<" + code.getFullName() + "> is given a service"));
            Stream<String> called = type.getCodeUnitCallsFromSelf().stream()
                    .filter(call -> SERVICES.test(call.getTargetOwner()) && !isStatic(call.getTarget()))
                    .map(JavaCall::getDescription);
            Stream.concat(held, called).forEach(use -> events.add(SimpleConditionEvent.violated(type, use)));
        }
    };

    private static boolean isStatic(AccessTarget target) {
        return target.resolveMember().map(code -> code.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }

    /** Vaadin's ways to navigate to a route written as a string rather than given as a page's class. */
    private static final DescribedPredicate<JavaCall<?>> NAVIGATION_BY_ROUTE_STRING = describe(
            "navigate to a route written as a string (UI.navigate, forwardTo, rerouteTo, SideNavItem paths)",
            call -> isNavigationByString(call.getTarget()));

    private static boolean isNavigationByString(CodeUnitCallTarget target) {
        List<JavaClass> parameters = target.getRawParameterTypes();
        JavaClass owner = target.getOwner();
        boolean stringFirst = !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
        boolean stringSecond = parameters.size() > 1 && parameters.get(1).isEquivalentTo(String.class);
        return owner.isAssignableTo(UI.class) && target.getName().equals("navigate") && stringFirst
                || owner.isAssignableTo(BeforeEvent.class)
                        && List.of("forwardTo", "rerouteTo").contains(target.getName()) && stringFirst
                || owner.isAssignableTo(SideNavItem.class) && target.getName().equals("setPath") && stringFirst
                || owner.isAssignableTo(SideNavItem.class) && target.getName().equals("<init>") && stringSecond;
    }

    @ArchTest
    static final ArchRule uiNeverTouchesPersistenceOrTheSearchEngine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.persistence..", "org.hibernate..", "org.opensearch..")
            .because("the UI works with services and read models; persistence and the engine stay behind them");

    @ArchTest
    static final ArchRule everyPageHasATitle = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PageTitle.class).orShould().implement(HasDynamicTitle.class)
            .because("a browser tab, a bookmark and a screen reader name the page by its title (a record's or a "
                    + "source's page by what it shows)");

    /**
     * Decision: pages link to each other by class ({@code new RouterLink(text, RecordView.class, parameters)},
     * {@code UI.navigate(ChangeView.class, …)}), never by a route written as a string. The compiler then checks every
     * link, and renaming a route or its parameter cannot leave behind a link that leads nowhere. The price: features
     * depend on each other's pages, which {@link #featuresMeetOnlyAtPagesAndPorts} allows, and on nothing else of
     * them. Only the full page loads after signing in or out go by address ({@code Page.setLocation}).
     */
    @ArchTest
    static final ArchRule pagesAreReachedByTheirClass = noClasses()
            .should().callCodeUnitWhere(NAVIGATION_BY_ROUTE_STRING)
            .because("a link by class is checked by the compiler; a route string breaks silently when the route "
                    + "changes");

    @ArchTest
    static final ArchRule featuresMeetOnlyAtPagesAndPorts = slices()
            .matching(UI_PACKAGE + ".(*)..").namingSlices("feature $1")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), PAGES.or(PORTS).or(SHARED))
            .because("a feature links to another's pages and may share its port (My changes reads the review "
                    + "workflow), but its forms, dialogs, helpers and port implementation are its own");

    /**
     * Only the Archive… port implementations are given one of the archive's services or call it; every page gets a
     * port. A service's static functions and constants need no container and stay open to all: the import page reads
     * a file with {@code Imports.decode}, exactly as the import will.
     */
    @ArchTest
    static final ArchRule onlyPortImplementationsUseTheArchivesServices = classes()
            .that(not(PORT_IMPLEMENTATIONS))
            .should(NEITHER_HOLD_NOR_CALL_A_SERVICE)
            .because("pages are given a port, so that the Karibu tests run them on fakes, without a container");
}
