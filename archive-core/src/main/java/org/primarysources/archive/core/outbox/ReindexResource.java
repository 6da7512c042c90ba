package org.primarysources.archive.core.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.account.Role;

/** {@code POST /api/admin/reindex} starts a rebuild (202); {@code GET} shows its progress. Admin only. */
@Path("admin/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
@SecurityRequirement(name = "basic")
public class ReindexResource {

    private final Reindexing reindexing;

    @Inject
    ReindexResource(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    /** Only for the CDI client proxy. */
    protected ReindexResource() {
        this(null);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Rebuild the search index from the database into a new index and swap the alias (admin)")
    public Response start() {
        return Response.accepted(reindexing.start()).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Progress of the last reindex (admin)")
    public ReindexStatus status() {
        return reindexing.status();
    }
}
