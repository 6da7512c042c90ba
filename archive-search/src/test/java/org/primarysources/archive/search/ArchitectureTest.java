package org.primarysources.archive.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.opensearch.client.opensearch.core.CountRequest;
import org.opensearch.client.opensearch.core.SearchRequest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** archive-search's floor plan, all in one place: it sees core's API only, and user text reaches OpenSearch safely. */
@AnalyzeClasses(packages = "org.primarysources.archive.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** User text reaches OpenSearch only through our own parser and simple_query_string with restricted flags. */
    @ArchTest
    static final ArchRule noQueryStringQuery = noClasses().should().dependOnClassesThat()
            .haveNameMatching(".*\\.query_dsl\\.QueryStringQuery.*");

    @ArchTest
    static final ArchRule noLuceneSyntaxInSearches = noClasses().should()
            .callMethod(SearchRequest.Builder.class, "q", String.class);

    @ArchTest
    static final ArchRule noLuceneSyntaxInCounts = noClasses().should()
            .callMethod(CountRequest.Builder.class, "q", String.class);

    /** Search is an adapter on core's API: never JPA, Hibernate or core's entities; never the UI. */
    @ArchTest
    static final ArchRule searchNeverTouchesPersistenceOrTheUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.primarysources.archive.ui..",
                    "com.vaadin..");

    /** An export reads hits through the query package's stream; it never builds an OpenSearch request itself. */
    @ArchTest
    static final ArchRule exportsSearchThroughTheQueryPackage = noClasses()
            .that().resideInAPackage("..search.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.opensearch..");

    /** Indexing and querying are separate features; neither leans on the other in a circle. */
    @ArchTest
    static final ArchRule featurePackagesFormADag = slices().matching("..search.(*)..").should().beFreeOfCycles();
}
