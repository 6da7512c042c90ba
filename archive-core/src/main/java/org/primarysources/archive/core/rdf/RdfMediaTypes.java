package org.primarysources.archive.core.rdf;

/** The media types of the archive's linked-data documents. */
public final class RdfMediaTypes {

    /** JSON-LD 1.1, as {@link JsonLdWriter} writes it. */
    public static final String JSON_LD = "application/ld+json";
    /** RDF 1.1 Turtle, as {@link TurtleWriter} writes it. */
    public static final String TURTLE = "text/turtle";

    private RdfMediaTypes() {
    }
}
