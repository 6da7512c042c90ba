package org.primarysources.archive.core.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.account.Role;

/** {@code GET /api/verify} (admin): the audit report; {@code intact} is false when anything is broken. */
@Path("verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@SecurityRequirement(name = "basic")
public class AuditResource {

    private final ArchiveAudit audit;

    @Inject
    AuditResource(ArchiveAudit audit) {
        this.audit = audit;
    }

    /** Only for the CDI client proxy. */
    protected AuditResource() {
        this(null);
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Recompute every hash chain and re-check every citation (admin)")
    public AuditReport verify() {
        return audit.run();
    }
}
