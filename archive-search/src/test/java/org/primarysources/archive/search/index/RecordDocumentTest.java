package org.primarysources.archive.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpMapper;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aClauseKeepsItsLabelTextSourceAndDate() throws Exception {
        RecordDetails clause = PublishedRecords.aClause().withId(7).version(3).labelled("Article VII")
                .saying("Sovereignty is not affected by this treaty").on("1939-10-10").build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(clause)));

        assertThat(document.get("id").asLong()).isEqualTo(7);
        assertThat(document.get("kind").asText()).isEqualTo("CLAUSE");
        assertThat(document.get("version").asInt()).isEqualTo(3);
        assertThat(document.get("label").asText()).isEqualTo("Article VII");
        assertThat(document.get("text").asText()).isEqualTo("Sovereignty is not affected by this treaty");
        assertThat(document.get("sourceId").asLong()).isEqualTo(PublishedRecords.TREATY.id());
        assertThat(document.get("sourceTitle").asText()).isEqualTo(PublishedRecords.TREATY.title());
        assertThat(document.get("date").asText()).isEqualTo("1939-10-10");
        assertThat(document.get("dateSort").asInt()).isEqualTo(19391010);
        assertThat(document.get("year").asInt()).isEqualTo(1939);
        assertThat(document.get("decade").asInt()).isEqualTo(1930);
        assertThat(document.get("verification").asText()).isEqualTo("VERIFIED");
        assertThat(document.has("speaker")).isFalse();
        assertThat(document.has("name")).isFalse();
    }

    @Test
    void aQuoteKeepsItsSpeakerAndTranslations() throws Exception {
        RecordDetails quote = PublishedRecords.aQuote().by(42, "The New York Times")
                .saying("virtual sacrifice of independence.").translated("lt", "virtuali nepriklausomybės auka")
                .build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(quote)));

        assertThat(document.get("kind").asText()).isEqualTo("QUOTE");
        assertThat(document.get("speaker").asText()).isEqualTo("The New York Times");
        assertThat(document.get("speakerId").asLong()).isEqualTo(42);
        assertThat(document.at("/translations/0/language").asText()).isEqualTo("lt");
        assertThat(document.at("/translations/0/text").asText()).isEqualTo("virtuali nepriklausomybės auka");
        assertThat(document.get("attribution").asText()).isEqualTo("CERTAIN");
    }

    @Test
    void anEntityIsSearchedByItsNameAndDescription() throws Exception {
        RecordDetails entity = PublishedRecords.anEntity().named("Juozas Urbšys")
                .describedAs("Lithuanian foreign minister.").build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(entity)));

        assertThat(document.get("kind").asText()).isEqualTo("ENTITY");
        assertThat(document.get("name").asText()).isEqualTo("Juozas Urbšys");
        assertThat(document.get("text").asText()).isEqualTo("Lithuanian foreign minister.");
        assertThat(document.has("label")).isFalse();
        assertThat(document.get("entityType").asText()).isEqualTo("PLACE");
        assertThat(document.has("date")).isFalse();
    }

    @Test
    void partialDatesSortBeforeFullOnesOfTheSameYearAndCircaIsKept() throws Exception {
        JsonNode year = JSON.readTree(json(RecordDocument.of(PublishedRecords.aQuote().on("~1921").build())));
        JsonNode month = JSON.readTree(json(RecordDocument.of(PublishedRecords.aQuote().on("1921-03").build())));

        assertThat(year.get("date").asText()).isEqualTo("~1921");
        assertThat(year.get("circa").asBoolean()).isTrue();
        assertThat(year.get("dateSort").asInt()).isEqualTo(19210000);
        assertThat(month.get("dateSort").asInt()).isEqualTo(19210300);
        assertThat(month.get("decade").asInt()).isEqualTo(1920);
    }

    @Test
    void publicationTimeIsIsoTextNotEpochSeconds() throws Exception {
        JsonNode document = JSON.readTree(json(RecordDocument.of(PublishedRecords.aClause().build())));

        assertThat(document.get("publishedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void aTextInAnAnalysedLanguageIsAlsoKeptUnderItsLanguage() throws Exception {
        RecordDetails german = PublishedRecords.aClause().language("de-AT").saying("Die Verträge bleiben").build();
        RecordDetails english = PublishedRecords.aClause().language("en").saying("The treaties remain").build();
        RecordDetails latvian = PublishedRecords.aClause().language("lv").saying("Līgumi paliek").build();
        RecordDetails unknown = PublishedRecords.aClause().language(null).saying("?").build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(german)));

        assertThat(document.at("/textIn/de").asText()).as("the same text").isEqualTo("Die Verträge bleiben");
        assertThat(document.get("textIn")).as("only under its language").hasSize(1);
        assertThat(document.get("language").asText()).as("as written").isEqualTo("de-AT");
        assertThat(JSON.readTree(json(RecordDocument.of(english))).at("/textIn/en").asText())
                .isEqualTo("The treaties remain");
        for (RecordDetails other : List.of(latvian, unknown)) {
            assertThat(JSON.readTree(json(RecordDocument.of(other))).has("textIn")).as(other.language()).isFalse();
        }
    }

    @Test
    void translationsAreKeptUnderTheirLanguages() throws Exception {
        RecordDetails quote = PublishedRecords.aQuote().language("en").saying("The treaties remain")
                .translated("PL", "Umowy pozostają").translated("ru", "Договоры остаются")
                .translated("pl-PL", "Traktaty pozostają").translated("en-GB", "The treaties stay")
                .translated("lt", " ").translated("lv", "Līgumi paliek").build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(quote)));

        assertThat(document.get("translationsIn").fieldNames()).toIterable().containsExactly("en", "pl", "ru");
        assertThat(document.at("/translationsIn/en/0").asText()).isEqualTo("The treaties stay");
        assertThat(document.at("/translationsIn/pl/0").asText()).isEqualTo("Umowy pozostają");
        assertThat(document.at("/translationsIn/pl/1").asText()).isEqualTo("Traktaty pozostają");
        assertThat(document.at("/translationsIn/ru/0").asText()).isEqualTo("Договоры остаются");
        assertThat(document.get("translations")).as("all kept as they were").hasSize(6);
        assertThat(JSON.readTree(json(RecordDocument.of(PublishedRecords.aQuote().build()))).has("translationsIn"))
                .isFalse();
    }

    @Test
    void anEntitysDescriptionIsKeptUnderItsLanguage() throws Exception {
        RecordDetails entity = PublishedRecords.anEntity().language("lt").named("Vilnius")
                .describedAs("Lietuvos sostinė").build();

        JsonNode document = JSON.readTree(json(RecordDocument.of(entity)));

        assertThat(document.at("/textIn/lt").asText()).isEqualTo("Lietuvos sostinė");
    }

    static String json(RecordDocument document) {
        JsonpMapper mapper = TestClients.jsonMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(document, generator);
        }
        return out.toString();
    }
}
