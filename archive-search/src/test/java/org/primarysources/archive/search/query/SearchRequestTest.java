package org.primarysources.archive.search.query;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwentyFoldedByRelevance() {
        SearchRequest request = new SearchRequest(null, null, null, null, null, null, null, null, 0, 20);

        assertThat(request.q()).isEmpty();
        assertThat(request.kinds()).isEmpty();
        assertThat(request.mode()).isEqualTo(SearchMode.FOLDED);
        assertThat(request.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(SearchRequest.of("x")).isEqualTo(new SearchRequest("x", Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), SearchMode.FOLDED, SearchSort.RELEVANCE, 0, SearchRequest.DEFAULT_SIZE));
    }

    @Test
    void pagesHoldOneToAHundredHits() {
        assertThat(page(0, 100).size()).isEqualTo(100);
        assertInvalid(() -> page(0, 0), "size");
        assertInvalid(() -> page(0, 101), "size");
        assertInvalid(() -> page(-1, 20), "page");
    }

    @Test
    void onlyTheFirstTenThousandHitsCanBePagedThrough() {
        assertThat(page(99, 100).page()).isEqualTo(99);
        assertThat(page(499, 20).page()).isEqualTo(499);
        assertInvalid(() -> page(100, 100), "page");
        assertInvalid(() -> page(500, 20), "page");
        assertInvalid(() -> page(Integer.MAX_VALUE, 100), "page");
        assertThatThrownBy(() -> page(500, 20)).hasMessageContaining("narrow the query");
    }

    @Test
    void refusesAQueryLongerThanAThousandCharacters() {
        assertThat(SearchRequest.of("x".repeat(1_000)).q()).hasSize(1_000);
        assertInvalid(() -> SearchRequest.of("x".repeat(1_001)), "q");
        assertInvalid(() -> SearchRequest.of("x".repeat(100_000)), "q");
    }

    @Test
    void decadesAreYearsEndingInZero() {
        assertThat(withDecades(1930, 1940).decades()).containsExactlyInAnyOrder(1930, 1940);
        assertInvalid(() -> withDecades(1935), "decade");
    }

    @Test
    void filtersAreBounded() {
        Set<String> many = IntStream.range(0, 51).mapToObj(i -> "speaker " + i).collect(Collectors.toSet());
        assertInvalid(() -> new SearchRequest("", Set.of(), Set.of(), many, Set.of(), Set.of(), null, null, 0, 20),
                "speaker");
        assertInvalid(() -> new SearchRequest("", Set.of(), Set.of(), Set.of("x".repeat(201)), Set.of(), Set.of(),
                null, null, 0, 20), "speaker");
        assertInvalid(() -> new SearchRequest("", Set.of(), Set.of(-1L), Set.of(), Set.of(), Set.of(), null, null,
                0, 20), "source");
        assertInvalid(() -> new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of("e\u0000n"), Set.of(), null,
                null, 0, 20), "language");
    }

    @Test
    void nullValuesInFiltersAreDropped() {
        Set<RecordKind> kinds = new HashSet<>(Arrays.asList(RecordKind.QUOTE, null));

        assertThat(new SearchRequest("", kinds, null, null, null, null, null, null, 0, 20).kinds())
                .containsExactly(RecordKind.QUOTE);
    }

    @Test
    void aBadFilterValueIsQuotedInTheMessageUpToFortyCharacters() {
        assertThatThrownBy(() -> new SearchRequest("", Set.of(), Set.of(), Set.of("x".repeat(201)), Set.of(),
                Set.of(), null, null, 0, 20)).hasMessage("'" + "x".repeat(40) + "…' is not a valid speaker");
        assertThatThrownBy(() -> new SearchRequest("", Set.of(), Set.of(-2L), Set.of(), Set.of(), Set.of(), null,
                null, 0, 20)).hasMessage("'-2' is not a valid source");
    }

    private static SearchRequest page(int page, int size) {
        return new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, page, size);
    }

    private static SearchRequest withDecades(Integer... decades) {
        return new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(decades), null, null, 0, 20);
    }

    static void assertInvalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
