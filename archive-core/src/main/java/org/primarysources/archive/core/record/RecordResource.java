package org.primarysources.archive.core.record;

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
import org.primarysources.archive.core.citation.CitationFormat;
import org.primarysources.archive.core.citation.CitationStyle;
import org.primarysources.archive.core.citation.Citations;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.provenance.VersionSummary;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Published records, readable by anyone. Writes go through change requests (review). */
@Path("records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "records")
public class RecordResource {

    @Inject
    Records records;

    @Inject
    Sources sources;

    @Inject
    Citations citations;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Published records, optionally of one kind and/or one source, a page at a time")
    public RecordPage list(@QueryParam("kind") String kind, @QueryParam("source") Long source,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        return records.page(kindOf(kind), source, page, size);
    }

    @GET
    @Path("{id}")
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
    @Operation(summary = "One version of a record, as it was published")
    public RecordDetails version(@PathParam("id") long id, @PathParam("n") int n) {
        return records.version(id, n);
    }

    @GET
    @Path("{id}/cite")
    @Produces({"application/vnd.citationstyles.csl+json", "application/x-bibtex",
            "application/x-research-info-systems", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "Cite a record in a reference manager's format: csl-json | bibtex | ris | text "
            + "(text in chicago-notes-bibliography | apa | modern-language-association)")
    public Response cite(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csl-json") String format,
                         @QueryParam("style") String style, @Context UriInfo uri) {
        CitationFormat chosen = CitationFormat.ofParam(format);
        CitationStyle chosenStyle = style == null || style.isBlank() ? null : CitationStyle.ofParam(style);
        RecordDetails record = records.details(id);
        Integer citedVersion = record.citations().isEmpty() ? null : record.citations().get(0).sourceVersion();
        SourceDetails source = citedVersion == null ? sources.details(record.source().id())
                : sources.version(record.source().id(), citedVersion);
        URI pinned = uri.getBaseUriBuilder().path("records").path(Long.toString(id)).path("versions")
                .path(Integer.toString(record.version())).build();
        String citation = citations.cite(record, source, chosen, chosenStyle, pinned, LocalDate.now(clock));
        return Response.ok(citation, chosen.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"record-" + id + "-v" + record.version() + "."
                        + chosen.fileExtension() + "\"")
                .build();
    }

    static RecordKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return RecordKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "unknown kind '" + kind + "'; kinds are CLAUSE, QUOTE, ENTITY");
        }
    }
}
