package org.primarysources.archive.core.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import org.primarysources.archive.core.rdf.JsonLdWriter;
import org.primarysources.archive.core.rdf.RdfMediaTypes;
import org.primarysources.archive.core.rdf.TurtleWriter;

/**
 * A record's provenance as W3C PROV-O documents, for researchers and other archives to audit with their own tools:
 * JSON-LD ({@value #JSON_LD}) with an inline context, and Turtle ({@value #TURTLE}). Both describe the same graph
 * and are deterministic: the same provenance always gives the same bytes.
 */
@ApplicationScoped
public class ProvenanceDocuments {

    public static final String JSON_LD = RdfMediaTypes.JSON_LD;
    public static final String TURTLE = RdfMediaTypes.TURTLE;

    public String jsonLd(RecordProvenance provenance) {
        return JsonLdWriter.write(ProvenanceMapping.toGraph(provenance));
    }

    public String turtle(RecordProvenance provenance) {
        return TurtleWriter.write(ProvenanceMapping.toGraph(provenance));
    }
}
