package org.primarysources.archive.core.provenance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.primarysources.archive.core.provenance.RecordProvenances.RECORD;
import static org.primarysources.archive.core.provenance.RecordProvenances.anImportedEditedAndRetractedQuote;

/**
 * Proves the PROV-O documents with someone else's parsers: rdflib must read the JSON-LD and the Turtle as the same
 * graph, and python-prov must find the expected PROV records in it. Needs Debian's python3-rdflib and python3-prov.
 */
class ProvenanceDocumentsIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String LABEL = "He said \"no\" \\ then\nleft\t<script>alert('x')</script> — Конституция 🗳";
    private static final String VERSIONS = RECORD + "/versions/";
    private static final String ROLES = "https://archive.example.org/ns#";

    private final ProvenanceDocuments documents = new ProvenanceDocuments();
    private final RecordProvenance provenance = anImportedEditedAndRetractedQuote()
            .labelled(LABEL)
            .transition(9, "SUBMITTED", "APPROVED", "dana", Instant.parse("2024-05-03T08:10:00Z"), "\"checked\"\nok")
            .build();

    @TempDir
    Path directory;

    @BeforeAll
    static void outsideValidatorsAreInstalled() {
        if (!Files.isExecutable(PYTHON)) {
            fail(PYTHON + " is missing: install the Debian packages python3-rdflib and python3-prov (.ci/run does)");
        }
    }

    @Test
    void rdflibReadsTheJsonLdAndTheTurtleAsTheSameGraph() throws Exception {
        JsonObject report = run("rdf_check.py", write("record.jsonld", documents.jsonLd(provenance)),
                write("record.ttl", documents.turtle(provenance)));

        assertThat(pairs(report, "wasRevisionOf")).containsExactly(
                List.of(VERSIONS + "2", VERSIONS + "1"),
                List.of(VERSIONS + "3", VERSIONS + "2"));
        assertThat(pairs(report, "wasQuotedFrom")).containsExactly(
                List.of(VERSIONS + "3", "https://archive.example.org/api/sources/5/versions/3"));
        assertThat(pairs(report, "used")).containsExactly(
                List.of(VERSIONS + "1#activity", "https://archive.example.org/api/imports/11/original"));
        assertThat(pairs(report, "hadRole")).containsExactly(
                List.of(VERSIONS + "1#activity-approver", ROLES + "approver"),
                List.of(VERSIONS + "1#activity-archivist", ROLES + "archivist"),
                List.of(VERSIONS + "1#activity-author", ROLES + "author"),
                List.of(VERSIONS + "2#activity-approver", ROLES + "approver"),
                List.of(VERSIONS + "2#activity-author", ROLES + "author"),
                List.of(VERSIONS + "3#activity-approver", ROLES + "approver"),
                List.of(VERSIONS + "3#activity-author", ROLES + "author"));
        assertThat(pairs(report, "associationAgents")).contains(
                List.of(VERSIONS + "3#activity-author", "https://archive.example.org/api/people/chen"),
                List.of(VERSIONS + "3#activity-approver", "https://archive.example.org/api/people/dana"));
        assertThat(strings(report.getJsonArray("activities"))).hasSize(4);
        assertThat(strings(report.getJsonArray("labels"))).contains(LABEL, "speeches-1936.csv");
        assertThat(strings(report.getJsonArray("comments"))).containsExactly("\"checked\"\nok");
    }

    @Test
    void pythonProvReadsTheDocumentAsProvRecords() throws Exception {
        JsonObject report = run("prov_check.py", write("record.ttl", documents.turtle(provenance)),
                write("record.jsonld", documents.jsonLd(provenance)));

        Map<String, Integer> records = new TreeMap<>();
        report.getJsonObject("records").forEach((kind, count) -> records.put(kind, Integer.parseInt(count.toString())));
        assertThat(records).containsExactlyInAnyOrderEntriesOf(Map.of(
                "entity", 7,              // the record, 3 versions, the source and its version, the imported file
                "activity", 4,            // import, edit, retraction, one review transition
                "agent", 4,
                "specializationOf", 4,
                "wasDerivedFrom", 3,      // 2 revisions and 1 quotation
                "wasGeneratedBy", 3,
                "used", 1,
                "wasAssociatedWith", 8,   // 7 qualified (author, approver, archivist) and the reviewer
                "wasInvalidatedBy", 1,
                "wasInformedBy", 1));
        assertThat(report.getString("provn")).startsWith("document").endsWith("endDocument");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Runs a checker script under src/test/resources/provenance and returns the JSON report it prints. */
    private JsonObject run(String script, Path... documents) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-I", script(script).toString()));
        for (Path document : documents) {
            command.add(document.toString());
        }
        Path out = directory.resolve(script + ".out");
        Path err = directory.resolve(script + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(script + " did not finish within 2 minutes");
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        // exit 2 means a Debian package is missing; the script says which
        assertThat(process.exitValue()).as("%s exited with %d:%n%s", script, process.exitValue(), errors).isZero();
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(out, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static Path script(String name) throws URISyntaxException {
        URL script = ProvenanceDocumentsIT.class.getResource("/provenance/" + name);
        assertThat(script).as("test resource provenance/%s", name).isNotNull();
        return Path.of(script.toURI());
    }

    private static List<List<String>> pairs(JsonObject report, String key) {
        return report.getJsonArray(key).getValuesAs(JsonArray.class).stream().map(ProvenanceDocumentsIT::strings)
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
