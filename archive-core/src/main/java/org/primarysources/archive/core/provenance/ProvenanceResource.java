package org.primarysources.archive.core.provenance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** {@code GET /api/records/{id}/provenance}: W3C PROV-O as JSON-LD, or Turtle on {@code Accept: text/turtle}. */
@Path("records/{id}/provenance")
@RequestScoped
@Tag(name = "records")
public class ProvenanceResource {

    private final RecordProvenanceReader reader;
    private final ProvenanceDocuments documents;

    @Inject
    ProvenanceResource(RecordProvenanceReader reader, ProvenanceDocuments documents) {
        this.reader = reader;
        this.documents = documents;
    }

    /** Only for the CDI client proxy. */
    protected ProvenanceResource() {
        this(null, null);
    }

    @GET
    @Produces({ProvenanceDocuments.JSON_LD, ProvenanceDocuments.TURTLE, MediaType.APPLICATION_JSON})
    @Operation(summary = "How a record came to be, as W3C PROV-O (JSON-LD or Turtle)")
    public Response provenance(@PathParam("id") long id, @Context HttpHeaders headers, @Context UriInfo uri) {
        RecordProvenance provenance = reader.read(id, base(uri));
        boolean turtle = headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.valueOf(ProvenanceDocuments.TURTLE)) && !m.isWildcardType());
        return turtle
                ? Response.ok(documents.turtle(provenance), ProvenanceDocuments.TURTLE + ";charset=UTF-8").build()
                : Response.ok(documents.jsonLd(provenance), ProvenanceDocuments.JSON_LD + ";charset=UTF-8").build();
    }

    /** The archive's address: the API base without its {@code /api/} path. */
    private static URI base(UriInfo uri) {
        String api = uri.getBaseUri().toString();
        return URI.create(api.endsWith("/api/") ? api.substring(0, api.length() - 5) : api.replaceAll("/+$", ""));
    }
}
