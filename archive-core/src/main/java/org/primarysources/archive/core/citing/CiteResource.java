package org.primarysources.archive.core.citing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.platform.PublicAddresses;
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
    private final PublicAddresses addresses;

    @Inject
    CiteResource(Records records, Citations citations, Checkpoints log, Clock clock, PublicAddresses addresses) {
        this.records = records;
        this.citations = citations;
        this.log = log;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** Only for the CDI client proxy. */
    protected CiteResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Produces({"application/vnd.citationstyles.csl+json", "application/x-bibtex",
            "application/x-research-info-systems", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "Cite a record in a reference manager's format: csl-json | bibtex | ris | text "
            + "(text in chicago-notes-bibliography | apa | modern-language-association)")
    public Response cite(@PathParam("id") long id,
                         @QueryParam("format") @DefaultValue("csl-json") CitationFormat format,
                         @QueryParam("style") CitationStyle style) {
        RecordDetails record = records.details(id);
        // the page people read, under the archive's canonical root: never the API, never the host asked
        URI pinned = addresses.recordVersion(id, record.version());
        String citation = citations.cite(record, records.citedSource(record), format, style, pinned,
                LocalDate.now(clock), log.positionOf(LogEntry.RECORD, id, record.version()).orElse(null));
        return Response.ok(citation, format.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"record-" + id + "-v" + record.version() + "."
                        + format.fileExtension() + "\"")
                .build();
    }
}
