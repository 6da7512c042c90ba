package org.primarysources.archive.core.linkeddata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.ADDRESSES;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.TREATY;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.clause;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.entity;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.quote;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.treaty;

class DescriptionsTest {

    private final Descriptions descriptions = new Descriptions(ADDRESSES);

    @Test
    void aRecordVersionIsDescribedAtItsVersionPageUnderThePublicRoot() {
        JsonObject version = node(descriptions.jsonLd(clause(2)), "https://archive.example.org/records/58/versions/2");

        assertThat(types(version)).containsExactly("schema:CreativeWork", "prov:Entity");
        assertThat(version.getString("schema:name")).isEqualTo("Article 3");
        assertThat(version.getString("dcterms:title")).isEqualTo("Article 3");
        assertThat(version.getString("schema:text")).isEqualTo("The Soviet Union undertakes to render <help>.");
        assertThat(id(version, "prov:specializationOf")).isEqualTo("https://archive.example.org/records/58");
        assertThat(id(version, "dcterms:isVersionOf")).isEqualTo("https://archive.example.org/records/58");
        assertThat(id(version, "prov:wasRevisionOf")).isEqualTo("https://archive.example.org/records/58/versions/1");
        assertThat(id(version, "schema:isPartOf")).isEqualTo("https://archive.example.org/sources/3");
        assertThat(id(version, "dcterms:hasFormat"))
                .isEqualTo("https://archive.example.org/api/records/58/versions/2");
        assertThat(version.getJsonObject("schema:version").getString("@value")).isEqualTo("2");
        assertThat(version.getJsonObject("schema:datePublished").getString("@value"))
                .isEqualTo("2026-12-01T10:15:30Z");
    }

    @Test
    void theSourceOfARecordIsNamedAtItsPage() {
        JsonObject source = node(descriptions.jsonLd(clause(1)), "https://archive.example.org/sources/3");

        assertThat(source.getString("schema:name")).isEqualTo(TREATY);
        assertThat(node(descriptions.jsonLd(clause(1)), "https://archive.example.org/records/58/versions/1")
                .containsKey("prov:wasRevisionOf")).as("a first version revises nothing").isFalse();
    }

    @Test
    void aQuoteIsAQuotationCreatedByItsSpeakerOnItsDate() {
        String jsonLd = descriptions.jsonLd(quote());
        JsonObject version = node(jsonLd, "https://archive.example.org/records/60/versions/1");

        assertThat(types(version)).contains("schema:Quotation");
        assertThat(id(version, "schema:creator")).isEqualTo("https://archive.example.org/records/61");
        assertThat(version.getJsonObject("schema:dateCreated").getString("@type")).isEqualTo("xsd:date");
        assertThat(node(jsonLd, "https://archive.example.org/records/61").getString("schema:name"))
                .isEqualTo("Vyacheslav Molotov");
    }

    @Test
    void anEntityIsAThingOfItsTypeWithItsOtherNames() {
        JsonObject version = node(descriptions.jsonLd(entity()), "https://archive.example.org/records/61/versions/1");

        assertThat(types(version)).contains("schema:Person");
        assertThat(version.getString("schema:description")).isEqualTo("Soviet Minister of Foreign Affairs");
        assertThat(version.getString("schema:alternateName")).isEqualTo("Molotov");
    }

    @Test
    void aSourceIsDescribedAtItsPage() {
        JsonObject source = node(descriptions.jsonLd(treaty()), "https://archive.example.org/sources/3");

        assertThat(source.getString("dcterms:title")).isEqualTo(TREATY);
        assertThat(source.getJsonArray("schema:inLanguage").getValuesAs(JsonValue::toString))
                .containsExactly("\"lt\"", "\"ru\"");
        assertThat(source.getString("schema:holdingArchive")).isEqualTo("Lithuanian Central State Archives");
        assertThat(id(source, "dcterms:hasFormat")).isEqualTo("https://archive.example.org/api/sources/3");
    }

    @Test
    void turtleSaysTheSameWithTheSamePrefixes() {
        String turtle = descriptions.turtle(clause(2));

        assertThat(turtle).startsWith("@prefix schema: <https://schema.org/> .\n")
                .contains("<https://archive.example.org/records/58/versions/2> a schema:CreativeWork, prov:Entity")
                .contains("prov:wasRevisionOf <https://archive.example.org/records/58/versions/1>");
    }

    @Test
    void theJsonLdCanBeEmbeddedInAScriptElement() {
        assertThat(descriptions.jsonLd(clause(1))).doesNotContain("<").contains("\\u003chelp>");
    }

    @Test
    void theSameVersionAlwaysGivesTheSameBytes() {
        assertThat(descriptions.jsonLd(clause(2))).isEqualTo(descriptions.jsonLd(clause(2)));
        assertThat(descriptions.turtle(treaty())).isEqualTo(descriptions.turtle(treaty()));
    }

    private static JsonObject node(String jsonLd, String id) {
        JsonObject document = Json.createReader(new StringReader(jsonLd)).readObject();
        assertThat(document.getJsonObject("@context").getString("schema")).isEqualTo("https://schema.org/");
        return document.getJsonArray("@graph").getValuesAs(JsonObject.class).stream()
                .filter(node -> node.getString("@id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + jsonLd));
    }

    private static List<String> types(JsonObject node) {
        JsonValue type = node.get("@type");
        return type instanceof JsonArray array ? array.getValuesAs(JsonString::getString)
                : List.of(node.getString("@type"));
    }

    private static String id(JsonObject node, String property) {
        return node.getJsonObject(property).getString("@id");
    }
}
