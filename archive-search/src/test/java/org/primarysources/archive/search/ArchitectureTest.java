package org.primarysources.archive.search;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** archive-search sees core's API only: never JPA, Hibernate or core's entities; never the UI. */
class ArchitectureTest {

    private final JavaClasses search = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.primarysources.archive.search");

    /** User text reaches OpenSearch only through our own parser and simple_query_string with restricted flags. */
    @Test
    void noQueryStringSyntaxEverReachesOpenSearch() {
        noClasses().should().dependOnClassesThat().haveNameMatching(".*\\.query_dsl\\.QueryStringQuery.*")
                .check(search);
        noClasses().should().callMethod(org.opensearch.client.opensearch.core.SearchRequest.Builder.class, "q",
                String.class).check(search);
        noClasses().should().callMethod(org.opensearch.client.opensearch.core.CountRequest.Builder.class, "q",
                String.class).check(search);
    }

    @Test
    void searchNeverTouchesPersistenceOrTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "org.hibernate..", "org.primarysources.archive.ui..", "com.vaadin..")
                .check(search);
    }
}
