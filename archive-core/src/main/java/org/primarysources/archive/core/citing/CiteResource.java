package org.primarysources.archive.core.citing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

/** {@code GET /api/records/{id}/cite}: a published record in a reference manager's format. */
@Path("records/{id}/cite")
@RequestScoped
@Tag(name = "records")
public class CiteResource {

    private final Records records;
    private final Citations citations;
    private final Checkpoints log;
    private final Clock clock;

    @Inject
    CiteResource(Records records, Citations citations, Checkpoints log, Clock clock) {
        this.records = records;
        this.citations = citations;
        this.log = log;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected CiteResource() {
        this(null, null, null, null);
    }

    @GET
    @Produces({"application/vnd.citationstyles.csl+json", "application/x-bibtex",
            "application/x-research-info-systems", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "Cite a record in a reference manager's format: csl-json | bibtex | ris | text "
            + "(text in chicago-notes-bibliography | apa | modern-language-association)")
    public Response cite(@PathParam("id") long id,
                         @QueryParam("format") @DefaultValue("csl-json") CitationFormat format,
                         @QueryParam("style") CitationStyle style, @Context UriInfo uri) {
        RecordDetails record = records.details(id);
        URI pinned = uri.getBaseUriBuilder().path("records").path(Long.toString(id)).path("versions")
                .path(Integer.toString(record.version())).build();
        String citation = citations.cite(record, records.citedSource(record), format, style, pinned,
                LocalDate.now(clock), log.positionOf(LogEntry.RECORD, id, record.version()).orElse(null));
        return Response.ok(citation, format.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"record-" + id + "-v" + record.version() + "."
                        + format.fileExtension() + "\"")
                .build();
    }
}
