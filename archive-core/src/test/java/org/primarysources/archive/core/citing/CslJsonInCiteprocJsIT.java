package org.primarysources.archive.core.citing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

/** Our CSL-JSON, imported the way Zotero and Mendeley import it: rendered by citeproc-js (npm {@code citeproc}). */
class CslJsonInCiteprocJsIT {

    private static final String TREATY = "Nichtangriffsvertrag zwischen Deutschland und der Union der Sozialistischen "
            + "Sowjetrepubliken";

    @TempDir
    Path dir;

    private final Citations citations = new Citations();

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void clauseRendersWithItsTitleTreatyAndYear(CitationStyle style) {
        JsonObject rendered = render(aClause().build(), aTreaty().build(), style);

        assertThat(rendered.getJsonArray("bibliography").getString(0)).contains("Article VII", TREATY, "1939");
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void quoteRendersWithItsSpeakerWordsAndYear(CitationStyle style) {
        JsonObject rendered = render(aQuote().build(), aNewspaperArticle().build(), style);

        assertThat(rendered.getJsonArray("bibliography").getString(0))
                .contains("Joseph Stalin", "Жить стало лучше, товарищи. Жить стало веселее.", "1935");
    }

    @Test
    void theLocatorAndItsLabelPinTheCite() {
        JsonObject rendered = render(aClause().build(), aTreaty().build(), CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY);

        assertThat(rendered.getJsonArray("citations").getString(0)).contains("(1939), art. VII, https://");
    }

    @Test
    void aCircaDateIsReadAsCirca() {
        JsonObject rendered = render(aClause().build(), aTreaty().dated("~1939").build(), CitationStyle.APA);

        assertThat(rendered.getJsonArray("bibliography").getString(0)).contains("(ca. 1939)");
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void citeprocJsFormatsTheClauseExactlyAsOurTextFormatDoes(CitationStyle style) {
        RecordDetails clause = aClause().build();
        String ours = citations.cite(clause, aTreaty().build(), CitationFormat.TEXT, style, versionUrl(clause),
                ACCESSED);

        assertThat(render(clause, aTreaty().build(), style).getJsonArray("bibliography").getString(0)).isEqualTo(ours);
    }

    private JsonObject render(RecordDetails record, SourceDetails source, CitationStyle style) {
        String cslJson = citations.cite(record, source, CitationFormat.CSL_JSON, null, versionUrl(record), ACCESSED);
        Path items = OutsideTools.write(dir, "items.json", cslJson);
        Path styleFile = OutsideTools.write(dir, style.styleFile(), style.styleXml());
        Path locale = OutsideTools.write(dir, "locales-en-US.xml", OutsideTools.classpathResource("locales-en-US.xml"));
        return OutsideTools.jsonObject(OutsideTools.node("render-csl.js", items.toString(), styleFile.toString(),
                locale.toString()).stdout());
    }
}
