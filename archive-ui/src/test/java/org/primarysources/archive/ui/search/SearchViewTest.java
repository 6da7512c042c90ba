package org.primarysources.archive.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.search.query.SearchHit;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.SearchSort;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeRecordSearch;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SearchViewTest {

    private static final SourceRef TREATY = new SourceRef(3, "Soviet–Lithuanian Mutual Assistance Treaty");
    private static final SearchHit CLAUSE = new SearchHit(12, RecordKind.CLAUSE, "Article II",
            "Lithuanian territory west of the Šešupė River would be ceded.",
            "Lithuanian territory west of the <mark>Šešupė</mark> River would be ceded.", null, TREATY, "1939-10-10",
            Verification.VERIFIED);
    private static final SearchHit QUOTE = new SearchHit(14, RecordKind.QUOTE, null,
            "No matter if you agree or not, we will enter Lithuania.", null, "Joseph Stalin", TREATY, "1939",
            Verification.AMBIGUOUS);

    private final FakeRecordSearch search = new FakeRecordSearch().answering(new SearchResult(2,
            List.of(CLAUSE, QUOTE),
            Map.of("kind", Map.of("CLAUSE", 1L, "QUOTE", 1L), "source", Map.of("3", 2L),
                    "speaker", Map.of("Joseph Stalin", 1L), "language", Map.of("en", 2L),
                    "decade", Map.of("1930", 2L))));

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void open(String location) {
        ArchiveUi.start(FakeSecurityContext.anonymous(), search);
        ArchiveUi.open(location);
    }

    @Test
    void landingPageInvitesToSearch() {
        open("");

        assertThat(_get(H1.class).getText()).isEqualTo("Search the archive");
    }

    @Test
    void searchFieldHasAVisibleLabelInsideASearchLandmark() {
        open("");
        TextField query = _get(TextField.class);

        assertThat(query.getLabel()).isEqualTo("Search sources, clauses, quotes and entities");
        assertThat(query.getParent().orElseThrow().getElement().getAttribute("role")).isEqualTo("search");
    }

    @Test
    void landingPageListsEverythingPublished() {
        open("");

        assertThat(search.lastRequest().q()).isEmpty();
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .contains("Article II");
    }

    @Test
    void typingSearchesAndPutsTheSearchInTheAddressBar() {
        open("");

        _setValue(_get(TextField.class), "Sesupe");

        assertThat(ArchiveUi.currentLocation()).isEqualTo("?q=Sesupe");
        assertThat(search.lastRequest().q()).isEqualTo("Sesupe");
        assertThat(search.lastRequest().mode()).isEqualTo(SearchMode.FOLDED);
    }

    @Test
    void searchFieldWaitsForAPauseInTyping() {
        open("");

        assertThat(_get(TextField.class).getValueChangeMode()).hasToString("LAZY");
        assertThat(_get(TextField.class).getValueChangeTimeout()).isBetween(200, 600);
    }

    @Test
    void bookmarkedSearchIsRestoredAndAskedAgain() {
        open("?q=Sesupe&mode=exact&kind=quote&sort=date&page=2");

        assertThat(_get(TextField.class).getValue()).isEqualTo("Sesupe");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Match accents and case exactly")).getValue()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withLabel("Sort by")).getValue()).isEqualTo(SearchSort.DATE);
        assertThat(search.lastRequest().mode()).isEqualTo(SearchMode.EXACT);
        assertThat(search.lastRequest().kinds()).containsExactly(RecordKind.QUOTE);
        assertThat(search.lastRequest().sort()).isEqualTo(SearchSort.DATE);
        assertThat(search.lastRequest().page()).isEqualTo(1);
    }

    @Test
    void exactToggleAndSortGoIntoTheAddressBar() {
        open("?q=Sesupe");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Match accents and case exactly")), true);
        _setValue(_get(Select.class, spec -> spec.withLabel("Sort by")), SearchSort.DATE);

        assertThat(ArchiveUi.currentLocation()).startsWith("?").contains("q=Sesupe", "mode=exact", "sort=date");
    }

    @Test
    void eachHitShowsKindLabelHighlightSpeakerSourceAndVerification() {
        open("?q=Sesupe");

        assertThat(_get(H2.class, spec -> spec.withId("archive-results-heading")).getText())
                .isEqualTo("2 records found");
        RouterLink clause = _get(RouterLink.class, spec -> spec.withText("Article II"));
        assertThat(clause.getHref()).isEqualTo("records/12");
        assertThat(_get(Mark.class).getText()).isEqualTo("Šešupė");
        RouterLink quote = _get(RouterLink.class, spec -> spec.withText(
                "No matter if you agree or not, we will enter Lithuania."));
        assertThat(quote.getHref()).isEqualTo("records/14");
        assertThat(_find(Span.class, spec -> spec.withClasses("archive-badge-kind")).stream().map(Span::getText))
                .containsExactly("Clause", "Quote");
        assertThat(_find(Span.class, spec -> spec.withClasses("archive-badge-verified"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withClasses("archive-badge-ambiguous"))).hasSize(1);
        String page = _get(SearchView.class).getElement().getOuterHTML();
        assertThat(page).contains("Joseph Stalin").contains(TREATY.title()).contains("1939-10-10");
    }

    @SuppressWarnings("unchecked")
    @Test
    void facetsShowCountsAndCheckingOneFiltersThroughTheAddressBar() {
        open("?q=treaty");
        CheckboxGroup<String> kinds = _get(CheckboxGroup.class, spec -> spec.withLabel("Kind"));
        CheckboxGroup<String> sources = _get(CheckboxGroup.class, spec -> spec.withLabel("Source"));

        assertThat(kinds.getListDataView().getItems().map(kinds.getItemLabelGenerator()))
                .containsExactly("Clause (1)", "Quote (1)");
        assertThat(sources.getListDataView().getItems().map(sources.getItemLabelGenerator()))
                .containsExactly(TREATY.title() + " (2)");
        _setValue(kinds, Set.of("QUOTE"));

        assertThat(ArchiveUi.currentLocation()).startsWith("?").contains("q=treaty", "kind=quote");
        assertThat(search.lastRequest().kinds()).containsExactly(RecordKind.QUOTE);
        assertThat(_get(CheckboxGroup.class, spec -> spec.withLabel("Kind")).getValue()).isEqualTo(Set.of("QUOTE"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void clearingFiltersKeepsTheWords() {
        open("?q=treaty&kind=quote&decade=1930");

        _click(_get(Button.class, spec -> spec.withText("Clear filters")));

        assertThat(ArchiveUi.currentLocation()).isEqualTo("?q=treaty");
    }

    @Test
    void unavailableSearchSaysSoInsteadOfFailing() {
        search.down();
        open("?q=Sesupe");

        assertThat(_get(SearchView.class).getElement().getOuterHTML()).contains("Search is unavailable right now");
        assertThat(_get(H2.class, spec -> spec.withId("archive-results-heading")).getText()).isEqualTo("No results");
    }

    @Test
    void markupInARecordIsShownAsItsCharacters() {
        search.answering(new SearchResult(1, List.of(new SearchHit(15, RecordKind.QUOTE, null,
                "<script>alert('x')</script> we will enter",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; we will <mark>enter</mark>", "<b>Stalin</b>",
                TREATY, null, Verification.VERIFIED)), Map.of()));
        open("?q=enter");

        String page = _get(SearchView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;").contains("&lt;b&gt;Stalin&lt;/b&gt;");
    }

    @Test
    void pagesMoveThroughTheAddressBar() {
        search.answering(new SearchResult(45, List.of(CLAUSE), Map.of()));
        open("?q=treaty");

        assertThat(_get(Button.class, spec -> spec.withText("Previous page")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Next page")));

        assertThat(ArchiveUi.currentLocation()).startsWith("?").contains("q=treaty", "page=2");
        assertThat(search.lastRequest().page()).isEqualTo(1);
        assertThat(_get(SearchView.class).getElement().getOuterHTML()).contains("Page 2 of 5"); // 45 hits, 10 a page
    }

    @ParameterizedTest(name = "kind {0}")
    @NullSource
    @EnumSource(value = RecordKind.class, names = "SOURCE")
    void aWholeSourceFoundOpensItsPageOrNarrowsTheSearchToIt(RecordKind kind) {
        search.answering(new SearchResult(1, List.of(new SearchHit(3, kind, TREATY.title(),
                "…west of the Šešupė River…", "west of the <mark>Šešupė</mark> River", null, TREATY, "1939", null)),
                Map.of()));
        open("?q=Sesupe");

        RouterLink source = _get(RouterLink.class, spec -> spec.withText(TREATY.title()));
        assertThat(source.getHref()).isEqualTo("sources/3");
        RouterLink within = _get(RouterLink.class, spec -> spec.withText("Search within this source"));
        assertThat(within.getHref()).isEqualTo("?source=3");
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-badge-kind")).getText()).isEqualTo("Source");
    }

    @Test
    void noMatchesSuggestsWhatToTry() {
        search.answering(new SearchResult(0, List.of(), Map.of()));
        open("?q=zzz&mode=exact");

        assertThat(_get(H2.class, spec -> spec.withId("archive-results-heading")).getText())
                .isEqualTo("No records found");
        assertThat(_get(SearchView.class).getElement().getOuterHTML()).contains("switch off exact matching");
    }

    @Test
    void theResultsDownloadInEveryFormatForTheSearchShownWithoutItsPage() {
        open("?q=Šešupė river&kind=clause&sort=date&page=2");

        Details downloads = _get(Details.class, spec -> spec.withClasses("archive-search-downloads"));
        List<Anchor> links = _find(downloads, Anchor.class);

        assertThat(downloads.isVisible()).isTrue();
        assertThat(downloads.getSummaryText()).isEqualTo("Download results");
        assertThat(links).extracting(Anchor::getText).containsExactly("Table (CSV)", "Citations (RIS)",
                "Citations (BibTeX)", "Citations (CSL-JSON)");
        assertThat(links).allSatisfy(link -> assertThat(link.getElement().hasAttribute("download")).isTrue());
        assertThat(links.get(0).getHref()).startsWith("api/search/export?");
        assertThat(QueryParameters.fromString(links.get(0).getHref().substring("api/search/export?".length()))
                .getParameters()).isEqualTo(Map.of("format", List.of("csv"), "q", List.of("Šešupė river"),
                        "kind", List.of("clause"), "sort", List.of("date")));
        assertThat(links.get(3).getHref()).contains("format=csl-json");
    }

    @Test
    void nothingToDownloadWhenNothingIsFound() {
        search.answering(new SearchResult(0, List.of(), Map.of()));
        open("?q=nothing");

        _assertNone(Details.class, spec -> spec.withClasses("archive-search-downloads"));
    }
}
