package org.primarysources.archive.core.rdf;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes an {@link RdfGraph} as Turtle (W3C RDF 1.1 Turtle): prefixes first, then one block per subject. */
public final class TurtleWriter {

    private TurtleWriter() {
    }

    public static String write(RdfGraph graph) {
        StringBuilder out = new StringBuilder();
        graph.prefixes().forEach((prefix, namespace) ->
                out.append("@prefix ").append(prefix).append(": ").append(iri(namespace)).append(" .\n"));
        graph.statements().forEach((subject, predicates) -> {
            out.append('\n').append(name(graph, subject));
            String separator = " ";
            for (Map.Entry<String, Set<RdfGraph.Term>> predicate : predicates.entrySet()) {
                out.append(separator).append(predicate(graph, predicate.getKey())).append(' ')
                        .append(predicate.getValue().stream().map(term -> term(graph, term))
                                .collect(Collectors.joining(", ")));
                separator = " ;\n    ";
            }
            out.append(" .\n");
        });
        return out.toString();
    }

    private static String predicate(RdfGraph graph, String iri) {
        return Vocabulary.TYPE.equals(iri) ? "a" : name(graph, iri);
    }

    private static String term(RdfGraph graph, RdfGraph.Term term) {
        if (term instanceof RdfGraph.Iri iri) {
            return name(graph, iri.value());
        }
        RdfGraph.Literal literal = (RdfGraph.Literal) term;
        String quoted = quote(literal.lexicalForm());
        return Vocabulary.STRING.equals(literal.datatype()) ? quoted : quoted + "^^" + name(graph, literal.datatype());
    }

    private static String name(RdfGraph graph, String iri) {
        String compact = graph.compact(iri);
        return compact != null ? compact : iri(iri);
    }

    // The graph only holds IRIs built from a java.net.URI and percent-encoded segments, which never contain the
    // characters IRIREF forbids; refuse rather than write a document no parser accepts.
    private static String iri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("not a valid IRI for Turtle: " + iri);
            }
        }
        return "<" + iri + ">";
    }

    /** A Turtle STRING_LITERAL_QUOTE; characters beyond ASCII stay as they are (the document is UTF-8). */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
