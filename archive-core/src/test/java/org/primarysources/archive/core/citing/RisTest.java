package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class RisTest {

    private final Citations citations = new Citations();

    @Test
    void clauseIsAStatuteReferenceWithCrlfLines() {
        assertThat(cite(aClause().build(), aTreaty().build())).isEqualTo(String.join("\r\n",
                "TY  - STAT",
                "ID  - archive-record-42-v3",
                "TI  - Article VII",
                "T2  - Nichtangriffsvertrag zwischen Deutschland und der Union der Sozialistischen Sowjetrepubliken",
                "PY  - 1939",
                "DA  - 1939/08/23/",
                "SP  - VII",
                "UR  - https://archive.example.org/records/42/versions/3",
                "Y2  - 2024/05/01",
                "LA  - de",
                "DB  - Politisches Archiv des Auswärtigen Amts",
                "AN  - PA AA, Verträge 1939/12",
                "N1  - article VII",
                "N1  - text-sha256: " + CitableFixtures.TREATY_TEXT_HASH,
                "N1  - record-sha256: " + CitableFixtures.CLAUSE_HASH,
                "ER  - ",
                ""));
    }

    @Test
    void quoteIsANewspaperReferenceByItsSpeaker() {
        List<String> lines = lines(cite(aQuote().build(), aNewspaperArticle().build()));

        assertThat(lines).startsWith("TY  - NEWS").endsWith("ER  - ")
                .contains("TI  - Жить стало лучше, товарищи. Жить стало веселее.", "AU  - Joseph Stalin",
                        "PY  - 1935", "DA  - 1935/11/22/", "SP  - 1", "N1  - p. 1",
                        "UR  - https://archive.example.org/records/108/versions/1");
    }

    @Test
    void everyLineIsATagTwoSpacesADashAndASpace() {
        String ris = cite(aQuote().saying("Line one\r\nline two", "en").build(), aNewspaperArticle().build());

        assertThat(ris).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(ris.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(lines(ris)).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"))
                .contains("TI  - Line one line two");
    }

    @Test
    void partialAndCircaDatesKeepTheirSlashes() {
        assertThat(lines(cite(aClause().build(), aTreaty().dated("~1939").build())))
                .contains("PY  - 1939", "DA  - 1939///circa");
    }

    @Test
    void partOfABookIsABookSection() {
        SourceDetails book = aNewspaperArticle().ofType(SourceType.BOOK).build();

        assertThat(lines(cite(aQuote().build(), book))).startsWith("TY  - CHAP");
    }

    private String cite(RecordDetails record, SourceDetails source) {
        return citations.cite(record, source, CitationFormat.RIS, null, versionUrl(record), ACCESSED);
    }

    private static List<String> lines(String ris) {
        return List.of(ris.split("\r\n"));
    }
}
