package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class TextCitationTest {

    private static final String TREATY = "Nichtangriffsvertrag zwischen Deutschland und der Union der Sozialistischen "
            + "Sowjetrepubliken";
    private static final String ARTICLE = "Речь товарища Сталина на Первом Всесоюзном совещании стахановцев";

    private final Citations citations = new Citations();

    @Test
    void clauseInChicagoIsItsBibliographyEntry() {
        assertThat(cite(aClause().build(), aTreaty().build(), CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY))
                .isEqualTo("Article VII, " + TREATY + " (1939). https://archive.example.org/records/42/versions/3.");
    }

    @Test
    void quoteInApaIsItsReferenceListEntry() {
        assertThat(cite(aQuote().build(), aNewspaperArticle().build(), CitationStyle.APA))
                .isEqualTo("Joseph Stalin. (1935, November 22). Жить стало лучше, товарищи. Жить стало веселее. "
                        + ARTICLE + ", 1. https://archive.example.org/records/108/versions/1");
    }

    @Test
    void quoteInMlaIsItsWorksCitedEntry() {
        assertThat(cite(aQuote().build(), aNewspaperArticle().build(), CitationStyle.MLA))
                .isEqualTo("Joseph Stalin. “Жить стало лучше, товарищи. Жить стало веселее.” " + ARTICLE
                        + ", 22 Nov. 1935, p. 1, https://archive.example.org/records/108/versions/1.");
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void clauseNamesItselfItsTreatyAndItsYearInEveryStyle(CitationStyle style) {
        assertThat(cite(aClause().build(), aTreaty().build(), style))
                .contains("Article VII", TREATY, "1939", "https://archive.example.org/records/42/versions/3")
                .doesNotContain("<", "&amp;", "\n");
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void quoteNamesItsSpeakerWordsSourceAndYearInEveryStyle(CitationStyle style) {
        assertThat(cite(aQuote().build(), aNewspaperArticle().build(), style))
                .contains("Joseph Stalin", "Жить стало лучше, товарищи", ARTICLE, "1935")
                .doesNotContain("<", "&ldquo;");
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void aLetterLeftOutOfABibliographyStillGetsAReference(CitationStyle style) {
        SourceDetails letter = aNewspaperArticle().titled("Letter to Winston Churchill").ofType(SourceType.LETTER)
                .build();

        assertThat(cite(aQuote().build(), letter, style)).contains("Joseph Stalin", "Letter to Winston Churchill");
    }

    @Test
    void withoutAStyleTheTextIsChicago() {
        RecordDetails clause = aClause().build();

        assertThat(citations.cite(clause, aTreaty().build(), CitationFormat.TEXT, null, versionUrl(clause), ACCESSED))
                .isEqualTo(cite(clause, aTreaty().build(), CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY));
    }

    @Test
    void oneProcessorPerStyleServesManyRecordsAndThreadsWithoutMixingThemUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> cite(
                    aClause().labelled("Article " + i).build(), aTreaty().build(), CitationStyle.APA))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).startsWith("Article " + i + ", ");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String cite(RecordDetails record, SourceDetails source, CitationStyle style) {
        return citations.cite(record, source, CitationFormat.TEXT, style, versionUrl(record), ACCESSED);
    }
}
