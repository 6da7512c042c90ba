package org.primarysources.archive.core.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.account.Callers;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Imports over HTTP: upload a scraped article as UTF-8 text, or a CSV file of records (one per row); everything an
 * import makes is a draft for review. A CSV file of more than {@value ImportJobs#BACKGROUND_FROM} rows is imported
 * in the background: 202 Accepted, with the job's status at {@code /api/imports/jobs/{id}}.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
@SecurityRequirement(name = "basic")
public class ImportResource {

    public static final String CSV = "text/csv";

    private final Imports imports;
    private final CsvImports csvImports;
    private final ImportJobs jobs;

    @Inject
    ImportResource(Imports imports, CsvImports csvImports, ImportJobs jobs) {
        this.imports = imports;
        this.csvImports = csvImports;
        this.jobs = jobs;
    }

    /** Only for the CDI client proxy. */
    protected ImportResource() {
        this(null, null, null);
    }

    @Context
    SecurityContext security;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Import a scraped encyclopedia article (text/plain; charset=UTF-8, at most 10 MB)")
    public Response create(InputStream body, @QueryParam("title") String title,
                           @QueryParam("language") String language, @QueryParam("fileName") String fileName,
                           @HeaderParam("X-File-Name") String fileNameHeader,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType, @Context UriInfo uri) {
        byte[] file = readAtMost(body, Imports.MAX_BYTES + 1);
        ImportResult result = imports.importArticle(file, mediaType, fileName != null ? fileName : fileNameHeader,
                title, language, Callers.actor(security));
        return created(result, uri);
    }

    private static Response created(ImportResult result, UriInfo uri) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", result.id());
        if (result.source() != null) {
            json.put("source", Map.of("id", result.source().id(), "title", result.source().title()));
        }
        if (result.sourceVersion() > 0) {
            json.put("sourceVersion", result.sourceVersion());
        }
        json.put("changes", result.changes());
        json.put("counts", result.counts());
        json.put("verified", result.verified());
        json.put("original", uri.getBaseUriBuilder().path("imports").path(Long.toString(result.id()))
                .path("original").build().toString());
        json.put("serverMillis", result.serverMillis());
        return Response.created(uri.getBaseUriBuilder().path("imports").path(Long.toString(result.id())).build())
                .entity(json).build();
    }

    private static URI jobUri(UriInfo uri, long id) {
        return uri.getBaseUriBuilder().path("imports").path("jobs").path(Long.toString(id)).build();
    }

    @POST
    @Consumes(CSV)
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Import records from a CSV file (text/csv, UTF-8, header row, one record per row): 201 "
            + "with the import; over 1,000 rows 202 with the background job's status; a bad row is a 400 naming "
            + "its line and column, and nothing is written")
    public Response createFromCsv(InputStream body, @QueryParam("language") String language,
                                  @QueryParam("fileName") String fileName,
                                  @HeaderParam("X-File-Name") String fileNameHeader, @Context UriInfo uri) {
        byte[] file = readAtMost(body, CsvFile.MAX_BYTES + 1);
        CsvFile csv = CsvFile.read(file);
        String name = fileName != null ? fileName : fileNameHeader;
        if (ImportJobs.inBackground(csv)) {
            ImportJobStatus job = jobs.start(file, csv, name, language, Callers.actor(security));
            return Response.accepted(job).location(jobUri(uri, job.id())).build();
        }
        return created(csvImports.importCsv(file, csv, name, language, Callers.actor(security)), uri);
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A background import: state (QUEUED, RUNNING, DONE, FAILED, CANCELLED), rows done of all, "
            + "the bad row that stopped it, the import it made")
    public ImportJobStatus job(@PathParam("id") long id) {
        return jobs.status(id);
    }

    @DELETE
    @Path("jobs/{id}")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Cancel a background import: it stops and writes nothing (202); 409 when it is done")
    public Response cancel(@PathParam("id") long id) {
        return Response.accepted(jobs.cancel(id, Callers.actor(security))).build();
    }

    @POST
    @Path("jobs/{id}/cancel")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Cancel a background import (as DELETE /api/imports/jobs/{id})")
    public Response cancelByPost(@PathParam("id") long id) {
        return cancel(id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "An import: file name and SHA-256, importer version, archivist, time")
    public ImportSummary get(@PathParam("id") long id) {
        return imports.summary(id);
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The file an import read, byte for byte, as it was uploaded (ETag: its SHA-256)")
    public Response original(@PathParam("id") long id, @Context Request request) {
        OriginalFile original = imports.original(id);
        EntityTag tag = new EntityTag(original.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(original.content(), original.mediaType())
                .tag(tag)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(original.fileName(),
                        "import-" + id))
                .build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Submit every draft of an import for review")
    public Map<String, Integer> submit(@PathParam("id") long id) {
        return Map.of("submitted", imports.submit(id, Callers.actor(security)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Approve all of an import's changes in review, in one transaction (four-eyes still holds)")
    public Map<String, Integer> approve(@PathParam("id") long id) {
        return Map.of("approved", imports.approve(id, Callers.actor(security), null));
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        if (body == null) {
            throw new InvalidInputException("body", "the file is empty");
        }
        try (body) {
            return body.readNBytes(limit);
        } catch (IOException e) {
            throw new InvalidInputException("body", "the upload broke off: " + e.getMessage());
        }
    }
}
