package org.primarysources.archive.ui.search;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchSort;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    private static SearchQuery parsed(String query) {
        return SearchQuery.of(QueryParameters.fromString(query));
    }

    @Test
    void everyPartOfASearchSurvivesTheAddressBar() {
        String address = "q=Sesupe+river&mode=exact&kind=clause&kind=quote&source=3&speaker=Joseph+Stalin"
                + "&language=lt&decade=1930&sort=date&page=2";

        SearchQuery query = parsed(address);

        assertThat(query.q()).isEqualTo("Sesupe river");
        assertThat(query.mode()).isEqualTo(SearchMode.EXACT);
        assertThat(query.kinds()).containsExactly(RecordKind.CLAUSE, RecordKind.QUOTE);
        assertThat(query.sources()).containsExactly(3L);
        assertThat(query.speakers()).containsExactly("Joseph Stalin");
        assertThat(query.languages()).containsExactly("lt");
        assertThat(query.decades()).containsExactly(1930);
        assertThat(query.sort()).isEqualTo(SearchSort.DATE);
        assertThat(query.page()).isEqualTo(2);
        assertThat(SearchQuery.of(query.toParameters())).isEqualTo(query);
    }

    @Test
    void defaultsLeaveTheAddressClean() {
        assertThat(SearchQuery.everything().toParameters().getQueryString()).isEmpty();
        assertThat(SearchQuery.everything().withQ("Vilnius").toParameters().getQueryString()).isEqualTo("q=Vilnius");
    }

    @Test
    void valuesThatMakeNoSenseAreDroppedNotRefused() {
        SearchQuery query = parsed("kind=poem&kind=quote&source=abc&decade=1933&decade=1940&page=-4&mode=fuzzy&sort=x");

        assertThat(query.kinds()).containsExactly(RecordKind.QUOTE);
        assertThat(query.sources()).isEmpty();
        assertThat(query.decades()).containsExactly(1940);
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.mode()).isEqualTo(SearchMode.FOLDED);
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void requestCountsPagesFromZeroAsTheSearchEngineDoes() {
        SearchRequest request = parsed("q=treaty&kind=quote&page=3").toRequest();

        assertThat(request.page()).isEqualTo(2);
        assertThat(request.size()).isEqualTo(SearchQuery.PAGE_SIZE);
        assertThat(request.kinds()).containsExactly(RecordKind.QUOTE);
        assertThat(request.q()).isEqualTo("treaty");
    }

    @Test
    void changingTheSearchStartsAtTheFirstPageAgain() {
        SearchQuery onPage3 = parsed("q=treaty&page=3");

        assertThat(onPage3.withQ("treaties").page()).isEqualTo(1);
        assertThat(onPage3.withFacet("kind", List.of("QUOTE")).page()).isEqualTo(1);
        assertThat(onPage3.withSort(SearchSort.DATE).page()).isEqualTo(1);
        assertThat(onPage3.withMode(SearchMode.EXACT).page()).isEqualTo(1);
        assertThat(onPage3.withPage(4).page()).isEqualTo(4);
    }

    @Test
    void facetSelectionIsReadBackInTheResultsKeys() {
        SearchQuery query = parsed("kind=quote&source=3&decade=1930");

        assertThat(query.selected("kind")).isEqualTo(Set.of("QUOTE"));
        assertThat(query.selected("source")).isEqualTo(Set.of("3"));
        assertThat(query.selected("decade")).isEqualTo(Set.of("1930"));
        assertThat(query.withoutFilters().isFiltered()).isFalse();
    }
}
