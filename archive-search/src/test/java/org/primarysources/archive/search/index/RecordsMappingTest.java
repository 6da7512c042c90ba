package org.primarysources.archive.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordsMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordsMapping mapping = RecordsMapping.current(TestClients.jsonMapper());

    @Test
    void theResourceNamesItsVersion() {
        assertThat(RecordsMapping.resource(RecordsMapping.CURRENT_VERSION)).isEqualTo("search/records-index-v2.json");
        assertThat(mapping.version()).isEqualTo(2);
        assertThat(RecordsMapping.versionOf(mapping.mappings())).hasValue(2);
    }

    @Test
    void theOlderVersionStaysReadableAsWhatOlderArchivesIndicesWereMadeOf() {
        RecordsMapping first = RecordsMapping.load(1, TestClients.jsonMapper());

        assertThat(first.version()).isEqualTo(1);
        assertThat(RecordsMapping.versionOf(first.mappings())).hasValue(1);
        assertThat(first.mappings().properties()).doesNotContainKey(RecordLanguages.TEXT_IN);
        assertThat(RecordsMapping.versionOf(null)).isEmpty();
    }

    @Test
    void theClientReadsTheResourceWithoutLosingAnything() throws Exception {
        JsonNode file = JSON.readTree(RecordsMapping.read(RecordsMapping.resource(RecordsMapping.CURRENT_VERSION)));

        assertThat(JSON.readTree(TestClients.json(mapping.settings()))).isEqualTo(file.get("settings"));
        assertThat(JSON.readTree(TestClients.json(mapping.mappings()))).isEqualTo(file.get("mappings"));
    }

    @Test
    void anIndexIsStampedWithItsDatabaseAndNothingElseChanges() throws Exception {
        UUID database = UUID.randomUUID();

        JsonNode stamped = JSON.readTree(TestClients.json(mapping.stampedWith(database)));
        JsonNode file = JSON.readTree(RecordsMapping.read(RecordsMapping.resource(RecordsMapping.CURRENT_VERSION)))
                .get("mappings");

        assertThat(stamped.get("_meta").get("archive_database_id").asText()).isEqualTo(database.toString());
        assertThat(stamped.get("_meta").get("mapping_version").asInt()).as("kept").isEqualTo(2);
        ((ObjectNode) stamped.get("_meta")).remove("archive_database_id");
        assertThat(stamped).isEqualTo(file);
        assertThat(RecordsMapping.databaseIdOf(mapping.stampedWith(database))).contains(database.toString());
        assertThat(RecordsMapping.databaseIdOf(mapping.mappings())).as("from before indices were stamped").isEmpty();
    }

    @Test
    void aClusterCanAskForAFixedReplicaCountOrAnotherAutoExpandRange() throws Exception {
        JsonNode file = JSON.readTree(RecordsMapping.read(RecordsMapping.resource(RecordsMapping.CURRENT_VERSION)))
                .get("settings");
        assertThat(file.get("auto_expand_replicas").asText()).as("the default").isEqualTo("0-1");

        JsonNode one =
                JSON.readTree(TestClients.json(RecordsMapping.current(TestClients.jsonMapper(), "1").settings()));
        assertThat(one.get("number_of_replicas").asText()).isEqualTo("1");
        assertThat(one.get("auto_expand_replicas").asText()).isEqualTo("false");
        assertThat(one.get("analysis")).as("everything else kept").isEqualTo(file.get("analysis"));

        JsonNode all = JSON.readTree(TestClients.json(RecordsMapping.current(TestClients.jsonMapper(), "0-all")
                .settings()));
        assertThat(all.get("auto_expand_replicas").asText()).isEqualTo("0-all");
        assertThat(all.has("number_of_replicas")).isFalse();

        assertThat(JSON.readTree(TestClients.json(RecordsMapping.current(TestClients.jsonMapper(), " ").settings())))
                .isEqualTo(file);
        for (String bad : List.of("one", "-1", "1-", "1,2", "0-1; drop")) {
            assertThatThrownBy(() -> RecordsMapping.current(TestClients.jsonMapper(), bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
        }
    }

    @Test
    void textIsAnalysedFoldedExactAndStemmed() throws Exception {
        JsonNode analyzers = JSON.readTree(TestClients.json(mapping.settings())).at("/analysis/analyzer");

        assertThat(analyzers.at("/folded/tokenizer").asText()).isEqualTo("standard");
        assertThat(strings(analyzers.at("/folded/filter"))).containsExactly("lowercase", "asciifolding");
        assertThat(analyzers.at("/exact/tokenizer").asText()).isEqualTo("standard");
        assertThat(strings(analyzers.at("/exact/filter"))).isEmpty();
        assertThat(strings(analyzers.at("/stemmed/filter")))
                .containsExactly("english_possessive_stemmer", "lowercase", "english_stemmer");
        JsonNode filters = JSON.readTree(TestClients.json(mapping.settings())).at("/analysis/filter");
        assertThat(filters.at("/english_stemmer/language").asText()).isEqualTo("english");
        assertThat(filters.at("/english_possessive_stemmer/language").asText()).isEqualTo("possessive_english");
    }

    @Test
    void searchedTextHasThreeSubfieldsAndFacetsAreKeywords() throws Exception {
        JsonNode properties = JSON.readTree(TestClients.json(mapping.mappings())).get("properties");

        for (String field : List.of("label", "text", "name", "alternativeNames", "occasion")) {
            JsonNode subfields = properties.at("/" + field + "/fields");
            assertThat(subfields.at("/folded/analyzer").asText()).as(field).isEqualTo("folded");
            assertThat(subfields.at("/exact/analyzer").asText()).as(field).isEqualTo("exact");
            assertThat(subfields.at("/stemmed/analyzer").asText()).as(field).isEqualTo("stemmed");
        }
        assertThat(properties.at("/translations/properties/text/fields/folded/analyzer").asText()).isEqualTo("folded");
        for (String facet : List.of("kind", "speaker", "language", "sourceTitle", "date")) {
            assertThat(properties.at("/" + facet + "/type").asText()).as(facet).isEqualTo("keyword");
        }
        assertThat(properties.at("/decade/type").asText()).isEqualTo("integer");
        assertThat(properties.at("/dateSort/type").asText()).isEqualTo("integer");
        assertThat(properties.at("/sourceId/type").asText()).isEqualTo("long");
    }

    @Test
    void unknownFieldsAreRefusedSoNoDocumentGrowsTheMapping() throws Exception {
        JsonNode mappings = JSON.readTree(TestClients.json(mapping.mappings()));

        assertThat(mappings.get("dynamic").asText()).isEqualTo("strict");
        assertThat(mappings.at("/_meta/mapping_version").asInt()).isEqualTo(RecordsMapping.CURRENT_VERSION);
    }

    @Test
    void eachAnalysedLanguageHasItsOwnStemmingAnalyserForTextsAndTranslations() throws Exception {
        JsonNode analyzers = JSON.readTree(TestClients.json(mapping.settings())).at("/analysis/analyzer");
        JsonNode properties = JSON.readTree(TestClients.json(mapping.mappings())).get("properties");

        assertThat(RecordLanguages.ANALYSED).containsExactly("de", "en", "fr", "lt", "pl", "ru");
        for (String language : RecordLanguages.ANALYSED) {
            String analyzer = RecordLanguages.analyser(language);
            assertThat(analyzers.at("/" + analyzer + "/tokenizer").asText()).as(analyzer).isEqualTo("standard");
            assertThat(properties.at("/textIn/properties/" + language + "/analyzer").asText()).isEqualTo(analyzer);
            assertThat(properties.at("/textIn/properties/" + language + "/index_options").asText())
                    .as("highlighted like text").isEqualTo("offsets");
            assertThat(properties.at("/translationsIn/properties/" + language + "/analyzer").asText())
                    .isEqualTo(analyzer);
        }
        assertThat(properties.at("/textIn/properties")).as("one field per analysed language")
                .hasSize(RecordLanguages.ANALYSED.size());
    }

    @Test
    void theLanguageAnalysersAreTheChosenOnes() throws Exception {
        JsonNode analysis = JSON.readTree(TestClients.json(mapping.settings())).get("analysis");
        JsonNode analyzers = analysis.get("analyzer");
        JsonNode filters = analysis.get("filter");

        assertThat(strings(analyzers.at("/stemmed_de/filter")))
                .containsExactly("lowercase", "german_normalization", "german_light_stemmer", "asciifolding");
        assertThat(filters.at("/german_light_stemmer/language").asText()).isEqualTo("light_german");
        assertThat(strings(analyzers.at("/stemmed_fr/filter")))
                .containsExactly("french_elision", "lowercase", "french_light_stemmer", "asciifolding");
        assertThat(filters.at("/french_elision/type").asText()).isEqualTo("elision");
        assertThat(strings(filters.at("/french_elision/articles"))).contains("l", "d", "qu", "jusqu");
        assertThat(filters.at("/french_light_stemmer/language").asText()).isEqualTo("light_french");
        assertThat(strings(analyzers.at("/stemmed_lt/filter")))
                .containsExactly("lowercase", "lithuanian_stemmer", "asciifolding");
        assertThat(filters.at("/lithuanian_stemmer/language").asText()).isEqualTo("lithuanian");
        assertThat(strings(analyzers.at("/stemmed_pl/filter")))
                .containsExactly("lowercase", "polish_light_stemmer", "asciifolding");
        assertThat(filters.at("/polish_light_stemmer/type").asText()).isEqualTo("pattern_replace");
        assertThat(strings(analyzers.at("/stemmed_ru/filter"))).containsExactly("lowercase", "russian_stemmer");
        assertThat(filters.at("/russian_stemmer/language").asText()).isEqualTo("russian");
    }

    @Test
    void everyFieldOfEveryKindOfDocumentIsMapped() throws Exception {
        JsonNode properties = JSON.readTree(TestClients.json(mapping.mappings())).get("properties");
        List<String> unmapped = new ArrayList<>();
        for (var record : List.of(
                PublishedRecords.aClause().build(),
                PublishedRecords.aQuote().by("The New York Times").translated("lt", "Žodžiai").build(),
                PublishedRecords.aQuote().language("de").saying("Verträge").translated("pl", "Umowy").build(),
                PublishedRecords.anEntity().build())) {
            JsonNode document = JSON.readTree(RecordDocumentTest.json(RecordDocument.of(record)));
            collectUnmapped("", document, properties, unmapped);
        }
        assertThat(unmapped).isEmpty();
    }

    private static void collectUnmapped(String path, JsonNode document, JsonNode properties, List<String> unmapped) {
        for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode mapped = properties.get(name);
            if (mapped == null) {
                unmapped.add(path + name);
                continue;
            }
            JsonNode value = document.get(name);
            if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                value = value.get(0);
            }
            if (value.isObject()) {
                collectUnmapped(path + name + ".", value, mapped.get("properties"), unmapped);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
