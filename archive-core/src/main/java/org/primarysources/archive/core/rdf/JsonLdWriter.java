package org.primarysources.archive.core.rdf;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link RdfGraph} as JSON-LD 1.1: an inline {@code @context} of the graph's prefixes and a flat
 * {@code @graph} of node objects, one per subject.
 */
public final class JsonLdWriter {

    private static final JsonGeneratorFactory GENERATORS =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonLdWriter() {
    }

    public static String write(RdfGraph graph) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject().writeStartObject("@context");
            graph.prefixes().forEach(json::write);
            json.writeEnd().writeStartArray("@graph");
            graph.statements().forEach((subject, predicates) -> writeNode(json, graph, subject, predicates));
            json.writeEnd().writeEnd();
        }
        // '<' occurs only inside strings; escaping it keeps the document safe to embed in an HTML <script> element.
        return out.toString().replace("<", "\\u003c");
    }

    private static void writeNode(JsonGenerator json, RdfGraph graph, String subject,
                                  Map<String, Set<RdfGraph.Term>> predicates) {
        json.writeStartObject().write("@id", name(graph, subject));
        predicates.forEach((predicate, objects) -> {
            if (Vocabulary.TYPE.equals(predicate)) {
                List<String> types = new ArrayList<>();
                objects.forEach(type -> types.add(name(graph, ((RdfGraph.Iri) type).value())));
                if (types.size() == 1) {
                    json.write("@type", types.get(0));
                } else {
                    json.writeStartArray("@type");
                    types.forEach(json::write);
                    json.writeEnd();
                }
                return;
            }
            json.writeKey(name(graph, predicate));
            if (objects.size() > 1) {
                json.writeStartArray();
            }
            objects.forEach(object -> writeValue(json, graph, object));
            if (objects.size() > 1) {
                json.writeEnd();
            }
        });
        json.writeEnd();
    }

    private static void writeValue(JsonGenerator json, RdfGraph graph, RdfGraph.Term term) {
        if (term instanceof RdfGraph.Iri iri) {
            json.writeStartObject().write("@id", name(graph, iri.value())).writeEnd();
        } else {
            RdfGraph.Literal literal = (RdfGraph.Literal) term;
            if (Vocabulary.STRING.equals(literal.datatype())) {
                json.write(literal.lexicalForm());
            } else {
                json.writeStartObject().write("@value", literal.lexicalForm())
                        .write("@type", name(graph, literal.datatype())).writeEnd();
            }
        }
    }

    private static String name(RdfGraph graph, String iri) {
        String compact = graph.compact(iri);
        return compact != null ? compact : iri;
    }
}
