package org.primarysources.archive.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** archive-core knows persistence, but nothing of search or UI. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.primarysources.archive.core");

    @Test
    void coreKnowsNothingOfSearchOrUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.primarysources.archive.search..", "org.primarysources.archive.ui..",
                        "org.opensearch..", "com.vaadin..")
                .check(core);
    }
}
