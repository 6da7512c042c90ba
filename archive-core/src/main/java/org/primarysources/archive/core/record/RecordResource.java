package org.primarysources.archive.core.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.rdf.RdfMediaTypes;

import java.util.List;

/** Published records, readable by anyone. Writes go through change requests (review). */
@Path("records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "records")
public class RecordResource {

    // JSON stays the answer to "*/*" and to no Accept at all: the linked-data forms rank lower (qs)
    private static final String LINKED_DATA_JSON_LD = RdfMediaTypes.JSON_LD + ";qs=0.5";
    private static final String LINKED_DATA_TURTLE = RdfMediaTypes.TURTLE + ";qs=0.5";

    private final Records records;

    @Inject
    RecordResource(Records records) {
        this.records = records;
    }

    /** Only for the CDI client proxy. */
    protected RecordResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Published records, optionally of one kind and/or one source, a page at a time")
    public RecordPage list(@QueryParam("kind") RecordKind kind, @QueryParam("source") Long source,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        return records.page(kind, source, page, size);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, LINKED_DATA_JSON_LD, LINKED_DATA_TURTLE})
    @Operation(summary = "The published version of a record, with citations, verification and hash")
    public RecordDetails details(@PathParam("id") long id) {
        return records.details(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every published version of a record: the hash chain with authors, approvers and activities")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return records.versions(id);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, LINKED_DATA_JSON_LD, LINKED_DATA_TURTLE})
    @Operation(summary = "One version of a record, as it was published")
    public RecordDetails version(@PathParam("id") long id, @PathParam("n") int n) {
        return records.version(id, n);
    }
}
