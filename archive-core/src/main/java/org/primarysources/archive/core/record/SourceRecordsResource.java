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
import org.primarysources.archive.core.source.Sources;

/** {@code GET /api/sources/{id}/records}: the published records taken from one source. */
@Path("sources/{id}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceRecordsResource {

    private final Records records;
    private final Sources sources;

    @Inject
    SourceRecordsResource(Records records, Sources sources) {
        this.records = records;
        this.sources = sources;
    }

    /** Only for the CDI client proxy. */
    protected SourceRecordsResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "The published records of a source, optionally of one kind")
    public RecordPage list(@PathParam("id") long id, @QueryParam("kind") RecordKind kind,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("100") int size) {
        sources.details(id);
        return records.page(kind, id, page, size);
    }
}
