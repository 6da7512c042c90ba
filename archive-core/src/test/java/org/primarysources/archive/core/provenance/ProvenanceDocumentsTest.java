package org.primarysources.archive.core.provenance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.core.provenance.RecordProvenances.RECORD;
import static org.primarysources.archive.core.provenance.RecordProvenances.aRecordProvenance;
import static org.primarysources.archive.core.provenance.RecordProvenances.anImportedEditedAndRetractedQuote;

class ProvenanceDocumentsTest {

    private static final String PEOPLE = "https://archive.example.org/api/people/";
    private static final String SOURCE_VERSION = "https://archive.example.org/api/sources/5/versions/3";
    private static final String TRICKY_LABEL =
            "He said \"no\" \\ then\nleft\t<script>alert('x')</script> — Конституция 🗳";

    private final ProvenanceDocuments documents = new ProvenanceDocuments();

    @Test
    void versionsFormARevisionChainThatSpecialisesTheRecord() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());

        assertThat(ids(node(graph, RECORD), "@type")).containsExactly("prov:Entity");
        assertThat(ids(node(graph, version(1)), "prov:wasRevisionOf")).isEmpty();
        assertThat(ids(node(graph, version(2)), "prov:wasRevisionOf")).containsExactly(version(1));
        assertThat(ids(node(graph, version(3)), "prov:wasRevisionOf")).containsExactly(version(2));
        for (int n = 1; n <= 3; n++) {
            assertThat(ids(node(graph, version(n)), "prov:specializationOf")).containsExactly(RECORD);
            assertThat(node(graph, version(n)).getString("archive:hash")).isEqualTo(RecordProvenances.hash(n));
        }
        assertThat(node(graph, version(3)).getString("archive:previousHash")).isEqualTo(RecordProvenances.hash(2));
    }

    @Test
    void eachVersionWasGeneratedByAnActivityOfItsKind() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());

        assertThat(ids(node(graph, version(2)), "prov:wasGeneratedBy")).containsExactly(activity(2));
        assertThat(ids(node(graph, activity(1)), "@type")).containsExactly("prov:Activity", "archive:Import");
        assertThat(ids(node(graph, activity(2)), "@type")).containsExactly("prov:Activity", "archive:Edit");
        assertThat(ids(node(graph, activity(3)), "@type")).containsExactly("prov:Activity", "archive:Retraction");
        assertThat(ids(node(graph, "archive:Retraction"), "rdfs:subClassOf")).containsExactly("prov:Activity");
        assertThat(node(graph, activity(2)).getJsonObject("prov:endedAtTime"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("@value", "2024-04-02T12:30:00Z").add("@type", "xsd:dateTime").build());
    }

    @Test
    void authorsAndApproversAreAssociatedInTheirRoles() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());

        JsonObject edit = node(graph, activity(2));
        assertThat(ids(edit, "prov:wasAssociatedWith")).containsExactly(PEOPLE + "chen", PEOPLE + "boris");
        assertThat(ids(edit, "prov:qualifiedAssociation"))
                .containsExactly(activity(2) + "-author", activity(2) + "-approver");
        JsonObject authorship = node(graph, activity(2) + "-author");
        assertThat(ids(authorship, "@type")).containsExactly("prov:Association");
        assertThat(ids(authorship, "prov:agent")).containsExactly(PEOPLE + "chen");
        assertThat(ids(authorship, "prov:hadRole")).containsExactly("archive:author");
        assertThat(ids(node(graph, activity(2) + "-approver"), "prov:hadRole")).containsExactly("archive:approver");
        assertThat(ids(node(graph, "archive:author"), "@type")).containsExactly("prov:Role");
        assertThat(ids(node(graph, PEOPLE + "chen"), "@type")).containsExactly("prov:Agent", "prov:Person");
    }

    @Test
    void currentVersionWasQuotedFromTheSourceVersionWithItsTextHash() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());

        assertThat(ids(node(graph, version(3)), "prov:wasQuotedFrom")).containsExactly(SOURCE_VERSION);
        assertThat(ids(node(graph, version(3)), "prov:wasDerivedFrom")).contains(SOURCE_VERSION, version(2));
        assertThat(ids(node(graph, version(2)), "prov:wasQuotedFrom")).isEmpty();
        JsonObject source = node(graph, SOURCE_VERSION);
        assertThat(source.getString("archive:sha256")).isEqualTo("a".repeat(64));
        assertThat(source.getString("rdfs:label")).isEqualTo("Constitution of the USSR (1936)");
    }

    @Test
    void importUsedTheFileAndIsAssociatedWithTheArchivist() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());
        String file = "https://archive.example.org/api/imports/11/original";

        JsonObject importing = node(graph, activity(1));
        assertThat(ids(importing, "prov:used")).containsExactly(file);
        assertThat(importing.getString("archive:importerVersion")).isEqualTo("importer 1.4.0");
        assertThat(ids(node(graph, activity(1) + "-archivist"), "prov:agent")).containsExactly(PEOPLE + "amira");
        assertThat(node(graph, file).getString("archive:sha256")).isEqualTo("f".repeat(64));
        assertThat(node(graph, file).getString("rdfs:label")).isEqualTo("speeches-1936.csv");
        assertThat(node(graph, file).getString("archive:mediaType")).isEqualTo("text/csv");
        // the import started when the file was read, before the approved version was published
        assertThat(importing.getJsonObject("prov:startedAtTime").getString("@value")).isEqualTo("2024-03-01T09:00:00Z");
    }

    @Test
    void retractionInvalidatesTheVersionItRetracts() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote().build());

        assertThat(ids(node(graph, version(2)), "prov:wasInvalidatedBy")).containsExactly(activity(3));
        assertThat(ids(node(graph, version(1)), "prov:wasInvalidatedBy")).isEmpty();
    }

    @Test
    void reviewTransitionsAreActivitiesOfTheirActorThatInformThePublication() {
        JsonObject graph = jsonLd(anImportedEditedAndRetractedQuote()
                .transition(9, "SUBMITTED", "APPROVED", "dana", Instant.parse("2024-05-03T08:10:00Z"), "sources agree")
                .transition(9, "DRAFT", "SUBMITTED", "chen", Instant.parse("2024-05-02T17:00:00Z"), null)
                .build());
        String first = "https://archive.example.org/api/changes/9#transition-1";
        String second = "https://archive.example.org/api/changes/9#transition-2";

        assertThat(ids(node(graph, first), "@type")).containsExactly("prov:Activity", "archive:ReviewTransition");
        assertThat(node(graph, first).getString("archive:toState")).isEqualTo("SUBMITTED");
        assertThat(ids(node(graph, first), "prov:wasAssociatedWith")).containsExactly(PEOPLE + "chen");
        assertThat(node(graph, second).getString("archive:fromState")).isEqualTo("SUBMITTED");
        assertThat(node(graph, second).getString("rdfs:comment")).isEqualTo("sources agree");
        assertThat(ids(node(graph, activity(3)), "prov:wasInformedBy")).containsExactly(first, second);
    }

    @Test
    void noReviewMeansNoReviewActivities() {
        String turtle = documents.turtle(anImportedEditedAndRetractedQuote().build());

        assertThat(turtle).doesNotContain("ReviewTransition", "wasInformedBy");
    }

    @Test
    void jsonLdKeepsAnyLabelIntactAndNeverOpensAnHtmlTag() {
        String json = documents.jsonLd(anImportedEditedAndRetractedQuote().labelled(TRICKY_LABEL).build());

        assertThat(node(parse(json), RECORD).getString("rdfs:label")).isEqualTo(TRICKY_LABEL);
        assertThat(json).doesNotContain("<").contains("\\u003cscript>").contains("Конституция 🗳");
    }

    @Test
    void turtleEscapesQuotesBackslashesAndLineBreaksButKeepsUnicode() {
        String turtle = documents.turtle(anImportedEditedAndRetractedQuote().labelled(TRICKY_LABEL).build());

        assertThat(turtle).contains("rdfs:label \"He said \\\"no\\\" \\\\ then\\nleft\\t<script>alert('x')</script>"
                + " — Конституция 🗳\" ;");
    }

    @Test
    void turtleIsTheDocumentArchivistsReview() throws IOException {
        assertThat(documents.turtle(anImportedEditedAndRetractedQuote().build()))
                .isEqualTo(resource("imported-edited-retracted.ttl"));
    }

    @Test
    void theSameProvenanceInAnyOrderGivesTheSameBytes() {
        RecordProvenance provenance = anImportedEditedAndRetractedQuote()
                .quoting(new UsedSourceVersion(2, 1, "Pravda, 26 November 1936", "b".repeat(64)))
                .transition(9, "SUBMITTED", "APPROVED", "dana", Instant.parse("2024-05-03T08:10:00Z"), null)
                .transition(7, "SUBMITTED", "APPROVED", "boris", Instant.parse("2024-04-02T12:00:00Z"), null)
                .build();
        RecordProvenance reversed = new RecordProvenance(provenance.base(), provenance.recordId(), provenance.kind(),
                provenance.label(), reversed(provenance.versions()), reversed(provenance.quotedFrom()),
                provenance.imported(), reversed(provenance.reviewTransitions()));

        assertThat(documents.turtle(reversed)).isEqualTo(documents.turtle(provenance));
        assertThat(documents.jsonLd(reversed)).isEqualTo(documents.jsonLd(provenance));
    }

    @Test
    void userNamesArePercentEncodedIntoTheirIri() {
        JsonObject graph = jsonLd(aRecordProvenance()
                .version(1, Activity.TRANSCRIPTION, "José María", null, Instant.parse("2024-01-01T00:00:00Z"), 1L)
                .build());

        assertThat(ids(node(graph, version(1) + "#activity"), "prov:wasAssociatedWith"))
                .containsExactly(PEOPLE + "Jos%C3%A9%20Mar%C3%ADa");
    }

    @Test
    void baseWithOrWithoutTrailingSlashGivesTheSameIris() {
        RecordProvenance slash = anImportedEditedAndRetractedQuote().build();
        RecordProvenance bare = new RecordProvenance(URI.create("https://archive.example.org"), slash.recordId(),
                slash.kind(), slash.label(), slash.versions(), slash.quotedFrom(), slash.imported(),
                slash.reviewTransitions());

        assertThat(documents.turtle(bare)).isEqualTo(documents.turtle(slash));
    }

    @Test
    void provenanceRefusesARelativeBaseAndAnImportWithoutAnImportedVersion() {
        RecordProvenance valid = anImportedEditedAndRetractedQuote().build();

        assertThatThrownBy(() -> new RecordProvenance(URI.create("/archive"), 1, valid.kind(), "x", valid.versions(),
                List.of(), null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordProvenance(valid.base(), 1, valid.kind(), "x",
                valid.versions().subList(1, 3), List.of(), valid.imported(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JsonObject jsonLd(RecordProvenance provenance) {
        return parse(documents.jsonLd(provenance));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject document = reader.readObject();
            assertThat(document.getJsonObject("@context").getString("prov")).isEqualTo("http://www.w3.org/ns/prov#");
            assertThat(document.getJsonObject("@context").getString("archive"))
                    .isEqualTo("https://archive.example.org/ns#");
            return document;
        }
    }

    private static JsonObject node(JsonObject document, String id) {
        return document.getJsonArray("@graph").getValuesAs(JsonObject.class).stream()
                .filter(node -> node.getString("@id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + document));
    }

    /** The IRIs (or type names) a node's property points to, whether written as one value or an array. */
    private static List<String> ids(JsonObject node, String property) {
        JsonValue value = node.get(property);
        if (value == null) {
            return List.of();
        }
        List<JsonValue> values = value instanceof JsonArray array ? array : List.of(value);
        return values.stream()
                .map(v -> v instanceof JsonString string ? string.getString() : v.asJsonObject().getString("@id"))
                .toList();
    }

    private static String version(int n) {
        return RECORD + "/versions/" + n;
    }

    private static String activity(int n) {
        return version(n) + "#activity";
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProvenanceDocumentsTest.class.getResourceAsStream("/provenance/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
