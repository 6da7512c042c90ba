package org.primarysources.archive.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * archive-core's floor plan, all in one place. Its feature packages form a DAG, from the bottom:
 * {@code text} (folding, shortening), {@code error}, {@code platform}, {@code history} (versions and their hash
 * chain), {@code account} (who acts), {@code web} (the JAX-RS edge), {@code source}, {@code citation},
 * {@code record}, {@code citing}, {@code review}, {@code parsing}, {@code importing}, {@code outbox},
 * {@code provenance}, {@code audit}, {@code harvesting} (OAI-PMH), {@code exchange} (BagIt bags of the archive);
 * {@code transparency} (the Merkle log, checkpoints, signed notes) and {@code bagit} (the bag format) stand apart and
 * need only the JDK.
 */
@AnalyzeClasses(packages = "org.primarysources.archive.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A cycle between features means neither can be understood, tested or changed alone. */
    @ArchTest
    static final ArchRule featurePackagesFormADag = slices().matching("..core.(*)..").should().beFreeOfCycles();

    /** Core is the inside of the hexagon: search and the UI plug into its ports, never the other way. */
    @ArchTest
    static final ArchRule coreKnowsNothingOfSearchOrUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.primarysources.archive.search..", "org.primarysources.archive.ui..",
                    "org.opensearch..", "com.vaadin..");

    /** Parsing a document is pure text work, ready for more formats: no persistence, no container, no service. */
    @ArchTest
    static final ArchRule parsersArePureFunctions = noClasses().that()
            .resideInAPackage("..core.parsing..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..",
                    "..core.account..", "..core.record..", "..core.source..", "..core.review..",
                    "..core.importing..", "..core.web..");

    /** The text kernel is the floor: every feature may fold and shorten, and it needs none of them. */
    @ArchTest
    static final ArchRule textDependsOnNothingElseInCore = noClasses().that()
            .resideInAPackage("..core.text..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..core.text..");

    /**
     * The transparency log is checked by readers with any RFC 9162 and C2SP implementation; it stays plain Java and
     * {@code java.security}, so that it can be read, reused and reasoned about alone.
     */
    @ArchTest
    static final ArchRule transparencyNeedsOnlyTheJdk = noClasses().that()
            .resideInAPackage("..core.transparency..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..core.transparency..");

    /** The bag format travels in the launcher, which has no container: plain Java only. */
    @ArchTest
    static final ArchRule bagitNeedsOnlyTheJdk = noClasses().that()
            .resideInAPackage("..core.bagit..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..core.bagit..");

    /** The chain primitives sit below everything that keeps versions. */
    @ArchTest
    static final ArchRule historyDependsOnNoFeature = noClasses().that()
            .resideInAPackage("..core.history..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "..core.record..",
                    "..core.source..", "..core.review..", "..core.importing..");

    /**
     * Dependencies arrive through the constructor, into final fields, as in the UI: a service can be built in a
     * test with {@code new}. EJB session beans are the exception, because the EJB container creates them through
     * their no-argument constructor.
     */
    @ArchTest
    static final ArchRule dependenciesAreConstructorInjected = noFields()
            .that().areDeclaredInClassesThat().areNotAnnotatedWith(Singleton.class)
            .should().beAnnotatedWith(Inject.class);
}
