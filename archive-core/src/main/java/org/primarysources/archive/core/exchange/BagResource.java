package org.primarysources.archive.core.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.account.Role;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * {@code GET /api/admin/bag[?source=ID]} (admin): the archive, or one source with its records, as a zipped BagIt
 * bag, streamed. {@code POST /api/admin/bag} (admin, {@code application/zip}): takes such a bag into this archive,
 * which must be empty.
 */
@Path("admin/bag")
@RequestScoped
@Tag(name = "exchange")
@SecurityRequirement(name = "basic")
public class BagResource {

    static final String ZIP = "application/zip";

    private final BagExport export;
    private final BagImport bagImport;

    @Inject
    BagResource(BagExport export, BagImport bagImport) {
        this.export = export;
        this.bagImport = bagImport;
    }

    /** Only for the CDI client proxy. */
    protected BagResource() {
        this(null, null);
    }

    @GET
    @Produces(ZIP)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The archive (or one source and its records) as a zipped BagIt bag (RFC 8493, SHA-512)")
    public Response download(@QueryParam("source") Long source) {
        export.requireSource(source);
        StreamingOutput bag = out -> export.write(source, out);
        return Response.ok(bag, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.name(source) + ".zip\"")
                .build();
    }

    @POST
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Take a bag written by GET /api/admin/bag into this archive, which must be empty: 400 naming"
            + " the bag's file at fault, 409 when the archive holds anything already; nothing is written then")
    public ImportedBag upload(InputStream body) throws IOException {
        java.nio.file.Path zip = Files.createTempFile("archive-bag-", ".zip");
        try {
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            return bagImport.take(zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
