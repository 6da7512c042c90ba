package org.primarysources.archive.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@AnalyzeClasses(packages = "org.primarysources.archive.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uiNeverTouchesPersistenceOrTheSearchEngine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.persistence..", "org.hibernate..", "org.opensearch..");

    @ArchTest
    static final ArchRule everyPageHasATitle = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PageTitle.class);
}
