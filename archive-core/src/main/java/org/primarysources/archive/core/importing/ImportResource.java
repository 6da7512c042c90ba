package org.primarysources.archive.core.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** Imports over HTTP: upload a scraped article as UTF-8 text; everything it makes is a draft for review. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
@SecurityRequirement(name = "basic")
public class ImportResource {

    private final Imports imports;

    @Inject
    ImportResource(Imports imports) {
        this.imports = imports;
    }

    /** Only for the CDI client proxy. */
    protected ImportResource() {
        this(null);
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", result.id());
        json.put("source", Map.of("id", result.source().id(), "title", result.source().title()));
        json.put("sourceVersion", result.sourceVersion());
        json.put("changes", result.changes());
        json.put("counts", result.counts());
        json.put("verified", result.verified());
        json.put("serverMillis", result.serverMillis());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(result.id())).build())
                .entity(json).build();
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
