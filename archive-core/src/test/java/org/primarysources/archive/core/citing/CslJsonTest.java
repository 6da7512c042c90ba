package org.primarysources.archive.core.citing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class CslJsonTest {

    private final Citations citations = new Citations();

    @Test
    void clauseIsOneLegislationItemTitledByItsLabelInsideTheTreaty() {
        RecordDetails clause = aClause().build();

        assertThat(cite(clause, aTreaty().build())).isEqualTo("[{\"id\":\"archive-record-42-v3\","
                + "\"type\":\"legislation\",\"title\":\"Article VII\",\"container-title\":\"Nichtangriffsvertrag "
                + "zwischen Deutschland und der Union der Sozialistischen Sowjetrepubliken\","
                + "\"issued\":{\"date-parts\":[[1939,8,23]]},\"locator\":\"VII\",\"label\":\"article-locator\","
                + "\"URL\":\"https://archive.example.org/records/42/versions/3\","
                + "\"accessed\":{\"date-parts\":[[2024,5,1]]},"
                + "\"archive\":\"Politisches Archiv des Auswärtigen Amts\","
                + "\"archive_location\":\"PA AA, Verträge 1939/12\",\"language\":\"de\","
                + "\"note\":\"text-sha256: " + CitableFixtures.TREATY_TEXT_HASH + "\\nrecord-sha256: "
                + CitableFixtures.CLAUSE_HASH + "\"}]");
    }

    @Test
    void quoteNamesItsSpeakerAndPinsThePageTheVersionAndTheHashes() {
        RecordDetails quote = aQuote().build();

        JsonObject item = onlyItem(cite(quote, aNewspaperArticle().build()));

        assertThat(item.getString("type")).isEqualTo("article-newspaper");
        assertThat(item.getString("title")).isEqualTo("Жить стало лучше, товарищи. Жить стало веселее.");
        assertThat(item.getString("container-title"))
                .isEqualTo("Речь товарища Сталина на Первом Всесоюзном совещании стахановцев");
        assertThat(item.getJsonArray("author").getJsonObject(0).getString("literal")).isEqualTo("Joseph Stalin");
        assertThat(item.getJsonObject("issued").getJsonArray("date-parts").toString()).isEqualTo("[[1935,11,22]]");
        assertThat(item.getString("locator")).isEqualTo("1");
        assertThat(item.getString("label")).isEqualTo("page");
        assertThat(item.getString("page")).isEqualTo("1");
        assertThat(item.getString("URL")).isEqualTo("https://archive.example.org/records/108/versions/1");
        assertThat(item.getString("note")).isEqualTo("text-sha256: " + CitableFixtures.SPEECH_TEXT_HASH
                + "\nrecord-sha256: " + CitableFixtures.QUOTE_HASH);
    }

    @Test
    void circaDateIsMarkedCirca() {
        JsonObject item = onlyItem(cite(aClause().build(), aTreaty().dated("~1939").build()));

        assertThat(item.getJsonObject("issued").toString()).isEqualTo("{\"date-parts\":[[1939]],\"circa\":true}");
    }

    @Test
    void quoteOfASourceWithoutDateTakesTheDateItWasSaid() {
        JsonObject item = onlyItem(cite(aQuote().build(), aNewspaperArticle().dated(null).build()));

        assertThat(item.getJsonObject("issued").getJsonArray("date-parts").toString()).isEqualTo("[[1935,11,17]]");
    }

    @Test
    void disputedAttributionTravelsInTheNote() {
        JsonObject item = onlyItem(
                cite(aQuote().attributed(Attribution.DISPUTED).build(), aNewspaperArticle().build()));

        assertThat(item.getString("note")).startsWith("attribution: disputed\n");
    }

    @Test
    void recordWithoutLocatorHasNeitherLocatorNorLabel() {
        JsonObject item = onlyItem(cite(aClause().at(null, null).build(), aTreaty().build()));

        assertThat(item).doesNotContainKeys("locator", "label", "page");
    }

    @Test
    void unknownLocatorLabelIsLeftOutButTheLocatorKept() {
        JsonObject item = onlyItem(cite(aClause().at("clause", "VII").build(), aTreaty().build()));

        assertThat(item.getString("locator")).isEqualTo("VII");
        assertThat(item).doesNotContainKey("label");
    }

    private String cite(RecordDetails record, SourceDetails source) {
        return citations.cite(record, source, CitationFormat.CSL_JSON, null, versionUrl(record), ACCESSED);
    }

    private static JsonObject onlyItem(String cslJson) {
        JsonArray items = Json.createReader(new StringReader(cslJson)).readArray();
        assertThat(items).hasSize(1);
        return items.getJsonObject(0);
    }
}
