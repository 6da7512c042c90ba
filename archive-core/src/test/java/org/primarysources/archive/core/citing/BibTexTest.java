package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class BibTexTest {

    private final Citations citations = new Citations();

    @Test
    void clauseIsAMiscEntryWithItsTreatyHoldingAndHashes() {
        assertThat(cite(aClause().build(), aTreaty().build())).isEqualTo("""
                @misc{archive-record-42-v3,
                  title = {{Article VII}},
                  booktitle = {{Nichtangriffsvertrag zwischen Deutschland und der Union der \
                Sozialistischen Sowjetrepubliken}},
                  year = {1939},
                  month = aug,
                  date = {1939-08-23},
                  howpublished = {Politisches Archiv des Auswärtigen Amts, PA AA, Verträge 1939/12},
                  language = {de},
                  url = {https://archive.example.org/records/42/versions/3},
                  urldate = {2024-05-01},
                  note = {article VII; text-sha256: %s; record-sha256: %s}
                }
                """.formatted(CitableFixtures.TREATY_TEXT_HASH, CitableFixtures.CLAUSE_HASH));
    }

    @Test
    void quoteKeepsCyrillicAsUtf8AndItsSpeakerAsOneName() {
        assertThat(cite(aQuote().build(), aNewspaperArticle().build())).isEqualTo("""
                @misc{archive-record-108-v1,
                  author = {{Joseph Stalin}},
                  title = {{Жить стало лучше, товарищи. Жить стало веселее.}},
                  booktitle = {{Речь товарища Сталина на Первом Всесоюзном совещании стахановцев}},
                  year = {1935},
                  month = nov,
                  date = {1935-11-22},
                  language = {ru},
                  url = {https://archive.example.org/records/108/versions/1},
                  urldate = {2024-05-01},
                  note = {p. 1; text-sha256: %s; record-sha256: %s}
                }
                """.formatted(CitableFixtures.SPEECH_TEXT_HASH, CitableFixtures.QUOTE_HASH));
    }

    @Test
    void everyLatexSpecialCharacterIsEscaped() {
        assertThat(BibTex.escape("\\ { } % & $ # _ ~ ^"))
                .isEqualTo("\\textbackslash{} \\textbraceleft{} \\textbraceright{} \\% \\& \\$ \\# \\_ "
                        + "\\textasciitilde{} \\textasciicircum{}");
    }

    @Test
    void diacriticsAndLineBreaksNeedNoCommands() {
        assertThat(BibTex.escape("Mołotow–Ribbentrop,\nZürich")).isEqualTo("Mołotow–Ribbentrop, Zürich");
    }

    @Test
    void unbalancedBracesInATitleStillGiveBalancedBraces() {
        String entry = cite(aClause().labelled("Article VII {draft").build(),
                aTreaty().titled("Protocol } of 100% & more").build());

        assertThat(entry).contains("title = {{Article VII \\textbraceleft{}draft}}",
                "booktitle = {{Protocol \\textbraceright{} of 100\\% \\& more}}");
        assertThat(entry.chars().filter(c -> c == '{').count())
                .isEqualTo(entry.chars().filter(c -> c == '}').count());
    }

    @Test
    void partOfABookIsAnIncollection() {
        SourceDetails memoir = aNewspaperArticle().ofType(SourceType.MEMOIR).build();

        assertThat(cite(aQuote().build(), memoir)).startsWith("@incollection{archive-record-108-v1,\n");
    }

    @Test
    void circaDateIsMarkedForBiblatex() {
        assertThat(cite(aClause().build(), aTreaty().dated("~1939-08").build()))
                .contains("  year = {1939},\n  month = aug,\n  date = {1939-08~},\n");
    }

    private String cite(RecordDetails record, SourceDetails source) {
        return citations.cite(record, source, CitationFormat.BIBTEX, null, versionUrl(record), ACCESSED);
    }
}
