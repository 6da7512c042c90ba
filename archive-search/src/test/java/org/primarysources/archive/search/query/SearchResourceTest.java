package org.primarysources.archive.search.query;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.web.EnumParameters;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.search.query.SearchRequestTest.assertInvalid;

class SearchResourceTest {

    @Test
    void readsRepeatedFiltersModeSortAndPage() {
        SearchRequest request = SearchResource.request("treaty", kinds(List.of("clause", "QUOTE")),
                List.of("11", " 12 "), List.of("The New York Times"), List.of("en"), List.of("1930", "1940"),
                mode("exact"), sort("date"), "2", "50");

        assertThat(request.q()).isEqualTo("treaty");
        assertThat(request.kinds()).containsExactlyInAnyOrder(RecordKind.CLAUSE, RecordKind.QUOTE);
        assertThat(request.sources()).containsExactlyInAnyOrder(11L, 12L);
        assertThat(request.speakers()).containsExactly("The New York Times");
        assertThat(request.languages()).containsExactly("en");
        assertThat(request.decades()).containsExactlyInAnyOrder(1930, 1940);
        assertThat(request.mode()).isEqualTo(SearchMode.EXACT);
        assertThat(request.sort()).isEqualTo(SearchSort.DATE);
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.size()).isEqualTo(50);
    }

    @Test
    void missingAndEmptyParametersTakeTheDefaults() {
        SearchRequest request = SearchResource.request(null, null, List.of(), Arrays.asList("", null), null, null,
                mode(""), null, " ", null);

        assertThat(request).isEqualTo(SearchRequest.of(""));
    }

    @Test
    void aBadValueIsA400NamingTheParameter() {
        assertInvalid(() -> parse(List.of("POEM"), List.of(), List.of(), null, null, null, null), "kind");
        assertInvalid(() -> parse(List.of(), List.of("eleven"), List.of(), null, null, null, null), "source");
        assertInvalid(() -> parse(List.of(), List.of("0"), List.of(), null, null, null, null), "source");
        assertInvalid(() -> parse(List.of(), List.of(), List.of("193O"), null, null, null, null), "decade");
        assertInvalid(() -> parse(List.of(), List.of(), List.of("1935"), null, null, null, null), "decade");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), "fuzzy", null, null, null), "mode");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, "popularity", null, null), "sort");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, null, "first", null), "page");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, null, "-1", null), "page");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, null, null, "1000"), "size");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, null, "99999999999", null), "page");
        assertInvalid(() -> parse(List.of(), List.of(), List.of(), null, null, "600", "20"), "page");
    }

    @Test
    void aBadValueIsQuotedInTheMessageUpToFortyCharacters() {
        assertThatThrownBy(() -> parse(List.of(), List.of(), List.of(), null, null, "x".repeat(40), null))
                .hasMessage("'" + "x".repeat(40) + "' is not a whole number");
        assertThatThrownBy(() -> parse(List.of(), List.of(), List.of(), null, null, "x".repeat(45), null))
                .hasMessage("'" + "x".repeat(40) + "…' is not a whole number");
    }

    @Test
    void tooManyFilterValuesAreA400() {
        List<String> many = java.util.Collections.nCopies(51, "CLAUSE");

        assertInvalid(() -> parse(many, List.of(), List.of(), null, null, null, null), "kind");
    }

    @Test
    void searchesWithWhatItRead() {
        RecordingSearches searches = new RecordingSearches();
        SearchResource resource = new SearchResource(searches);

        resource.search("Šešupė", kinds(List.of("QUOTE")), null, null, null, null, null, null, null, null);

        assertThat(searches.asked.q()).isEqualTo("Šešupė");
        assertThat(searches.asked.kinds()).containsExactly(RecordKind.QUOTE);
    }

    private static SearchRequest parse(List<String> kind, List<String> source, List<String> decade, String mode,
                                       String sort, String page, String size) {
        return SearchResource.request("q", kinds(kind), source, null, null, decade, mode(mode), sort(sort), page,
                size);
    }

    /** The parameters JAX-RS reads with core's EnumParameters before the resource sees them. */
    private static List<RecordKind> kinds(List<String> values) {
        return values.stream().map(value -> EnumParameters.parse(RecordKind.class, "kind", value)).toList();
    }

    private static SearchMode mode(String value) {
        return EnumParameters.parse(SearchMode.class, "mode", value);
    }

    private static SearchSort sort(String value) {
        return EnumParameters.parse(SearchSort.class, "sort", value);
    }

    private static final class RecordingSearches extends Searches {
        SearchRequest asked;

        @Override
        public SearchResult search(SearchRequest request) {
            asked = request;
            return new SearchResult(0, List.of(), java.util.Map.of());
        }
    }
}
