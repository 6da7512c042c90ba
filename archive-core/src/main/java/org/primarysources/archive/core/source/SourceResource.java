package org.primarysources.archive.core.source;

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
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.rdf.RdfMediaTypes;

import java.util.List;
import java.util.Map;

/** Published sources, readable by anyone. */
@Path("sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceResource {

    // JSON stays the answer to "*/*" and to no Accept at all: the linked-data forms rank lower (qs)
    private static final String LINKED_DATA_JSON_LD = RdfMediaTypes.JSON_LD + ";qs=0.5";
    private static final String LINKED_DATA_TURTLE = RdfMediaTypes.TURTLE + ";qs=0.5";

    static final int MAX_PAGE_SIZE = 100;

    private final Sources sources;

    @Inject
    SourceResource(Sources sources) {
        this.sources = sources;
    }

    /** Only for the CDI client proxy. */
    protected SourceResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Published sources, without their transcriptions")
    public Map<String, Object> list(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "a page has 1 to " + MAX_PAGE_SIZE + " sources");
        }
        return Map.of("total", sources.count(), "items", sources.list(Math.multiplyExact(page, size), size));
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, LINKED_DATA_JSON_LD, LINKED_DATA_TURTLE})
    @Operation(summary = "The published version of a source with its transcription")
    public SourceDetails details(@PathParam("id") long id) {
        return sources.details(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every published version of a source: its hash chain")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return sources.versions(id);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, LINKED_DATA_JSON_LD, LINKED_DATA_TURTLE})
    @Operation(summary = "One version of a source, as it was published")
    public SourceDetails version(@PathParam("id") long id, @PathParam("n") int n) {
        return sources.version(id, n);
    }
}
