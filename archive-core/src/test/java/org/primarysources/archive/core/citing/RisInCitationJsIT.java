package org.primarysources.archive.core.citing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** Our RIS, read by citation.js ({@code @citation-js/plugin-ris}) into CSL. */
class RisInCitationJsIT {

    @TempDir
    Path dir;

    private final Citations citations = new Citations();

    @Test
    void clauseIsReadAsLegislationWithItsTitleTreatyYearAndUrl() {
        JsonObject item = parse(aClause().build(), aTreaty().build());

        assertThat(item.getString("type")).isEqualTo("legislation");
        assertThat(item.getString("title")).isEqualTo("Article VII");
        assertThat(item.getString("container-title"))
                .isEqualTo("Nichtangriffsvertrag zwischen Deutschland und der Union der Sozialistischen "
                        + "Sowjetrepubliken");
        assertThat(item.getJsonObject("issued").getJsonArray("date-parts").toString()).isEqualTo("[[1939,8,23]]");
        assertThat(item.getString("URL")).isEqualTo("https://archive.example.org/records/42/versions/3");
        assertThat(item.getString("language")).isEqualTo("de");
    }

    @Test
    void quoteIsReadAsANewspaperItemWithItsWordsYearPageUrlAndHash() {
        JsonObject item = parse(aQuote().build(), aNewspaperArticle().build());

        assertThat(item.getString("type")).isEqualTo("article-newspaper");
        assertThat(item.getString("title")).isEqualTo("Жить стало лучше, товарищи. Жить стало веселее.");
        assertThat(item.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(0)).isEqualTo(1935);
        assertThat(item.getString("page")).isEqualTo("1");
        assertThat(item.getString("URL")).isEqualTo("https://archive.example.org/records/108/versions/1");
        assertThat(item.getJsonObject("accessed").getJsonArray("date-parts").toString()).isEqualTo("[[2024,5,1]]");
        assertThat(item.getJsonArray("note").getValuesAs(JsonString::getString))
                .contains("text-sha256: " + CitableFixtures.SPEECH_TEXT_HASH);
    }

    private JsonObject parse(RecordDetails record, SourceDetails source) {
        Path file = OutsideTools.write(dir, "citation.ris",
                citations.cite(record, source, CitationFormat.RIS, null, versionUrl(record), ACCESSED));
        JsonArray items = OutsideTools.jsonArray(OutsideTools.node("parse-ris.js", file.toString()).stdout());
        assertThat(items).as("citation.js reads one reference").hasSize(1);
        return items.getJsonObject(0);
    }
}
