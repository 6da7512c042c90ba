package org.primarysources.archive.core.rdf;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small RDF graph of IRI subjects. It keeps subjects, predicates and objects in the order they were first added,
 * so that every document written from it is byte-for-byte deterministic.
 */
public final class RdfGraph {

    /** An object of a statement: an IRI or a literal. */
    public sealed interface Term permits Iri, Literal {
    }

    public record Iri(String value) implements Term {
    }

    /** A literal; {@code xsd:string} literals are written without a datatype. */
    public record Literal(String lexicalForm, String datatype) implements Term {
    }

    // A local name both Turtle (PN_LOCAL) and JSON-LD (compact IRI) accept without escaping.
    private static final Pattern SIMPLE_LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Map<String, String> prefixes;
    private final Map<String, Map<String, Set<Term>>> statements = new LinkedHashMap<>();

    /** @param prefixes prefix to namespace IRI, in the order the documents should declare them */
    public RdfGraph(Map<String, String> prefixes) {
        this.prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(prefixes));
    }

    public Subject subject(String iri) {
        return new Subject(iri);
    }

    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** Subject IRI to predicate IRI to objects, in insertion order. */
    public Map<String, Map<String, Set<Term>>> statements() {
        return Collections.unmodifiableMap(statements);
    }

    /** {@code prefix:local} when a declared namespace covers the IRI with a simple local name, otherwise null. */
    public String compact(String iri) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (iri.startsWith(prefix.getValue())) {
                String local = iri.substring(prefix.getValue().length());
                if (SIMPLE_LOCAL_NAME.matcher(local).matches()) {
                    return prefix.getKey() + ":" + local;
                }
            }
        }
        return null;
    }

    /** Adds statements about one subject; null values are skipped, so optional facts need no {@code if}. */
    public final class Subject {

        private final String iri;

        private Subject(String iri) {
            this.iri = Objects.requireNonNull(iri);
        }

        public Subject type(String... classes) {
            for (String type : classes) {
                iri(Vocabulary.TYPE, type);
            }
            return this;
        }

        public Subject iri(String predicate, String object) {
            return object == null ? this : add(predicate, new Iri(object));
        }

        public Subject text(String predicate, String value) {
            return value == null ? this : add(predicate, new Literal(value, Vocabulary.STRING));
        }

        public Subject integer(String predicate, Number value) {
            return value == null ? this : add(predicate, new Literal(value.toString(), Vocabulary.INTEGER));
        }

        public Subject dateTime(String predicate, Instant value) {
            return value == null ? this : add(predicate, new Literal(value.toString(), Vocabulary.DATE_TIME));
        }

        /** A literal of the given XML Schema datatype, its lexical form as given. */
        public Subject literal(String predicate, String lexicalForm, String datatype) {
            return lexicalForm == null ? this : add(predicate, new Literal(lexicalForm, datatype));
        }

        private Subject add(String predicate, Term object) {
            statements.computeIfAbsent(iri, s -> new LinkedHashMap<>())
                    .computeIfAbsent(predicate, p -> new LinkedHashSet<>())
                    .add(object);
            return this;
        }
    }
}
