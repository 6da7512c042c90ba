package org.primarysources.archive.core.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.account.Callers;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordInput;

import java.util.Locale;

/** Change requests over HTTP. Nobody but archivists, editors and admins ever sees a draft. */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@SecurityRequirement(name = "basic")
public class ChangeResource {

    private final Changes changes;

    @Inject
    ChangeResource(Changes changes) {
        this.changes = changes;
    }

    /** Only for the CDI client proxy. */
    protected ChangeResource() {
        this(null);
    }

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Draft a change: CREATE, UPDATE (against a base version) or RETRACT a record")
    public Response propose(ChangeInput body, @Context UriInfo uri) {
        ChangeDetails created = changes.propose(command(body), Callers.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.change().id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Edit a draft (or a change sent back); only its author may")
    public ChangeDetails edit(@PathParam("id") long id, ChangeInput body) {
        if (body == null) {
            throw new InvalidInputException("body", "send the revised change");
        }
        return changes.edit(id, new ProposeChange(null, body.recordId(), body.baseVersion(),
                body.record() == null ? null : body.record().toContent(), body.note()), Callers.actor(security));
    }

    @POST
    @Path("{id}/{move: submit|approve|request-changes|reject|withdraw}")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Move a change: submit | approve | request-changes | reject | withdraw (comment optional)")
    public ChangeDetails move(@PathParam("id") long id, @PathParam("move") ChangeMove move, CommentInput body) {
        return changes.move(id, move, Callers.actor(security), body == null ? null : body.comment());
    }

    @GET
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Change requests by state, author and import")
    public ChangePage list(@QueryParam("state") ChangeState state, @QueryParam("author") String author,
                           @QueryParam("import") Long importId, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        return changes.list(state, author, importId, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A change with what it proposes, its comments and its history")
    public ChangeDetails get(@PathParam("id") long id) {
        return changes.get(id);
    }

    @GET
    @Path("{id}/diff")
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Field-by-field difference with word-level inline diffs; clause-aligned for "
            + "transcriptions; three-way when the record moved on since the change was drafted")
    public ChangeDiff diff(@PathParam("id") long id, @QueryParam("ignoreWhitespace") boolean ignoreWhitespace,
                           @QueryParam("ignoreDiacritics") boolean ignoreDiacritics) {
        return changes.diff(id, ignoreWhitespace, ignoreDiacritics);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.EDITOR_NAME})
    @Operation(summary = "Comment on a change, optionally anchored to a field")
    public Response comment(@PathParam("id") long id, CommentInput body) {
        if (body == null) {
            throw new InvalidInputException("body", "send {\"body\": \"…\", \"field\"?: \"…\"}");
        }
        return Response.status(Response.Status.CREATED)
                .entity(changes.comment(id, body.field(), body.body(), Callers.actor(security))).build();
    }

    private static ProposeChange command(ChangeInput body) {
        if (body == null) {
            throw new InvalidInputException("body",
                    "send {\"action\", \"recordId\"?, \"baseVersion\"?, \"record\", \"note\"?}");
        }
        ChangeAction action;
        try {
            action = body.action() == null ? null : ChangeAction.valueOf(body.action().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "an action is CREATE, UPDATE or RETRACT");
        }
        RecordContent record = body.record() == null ? null : body.record().toContent();
        return new ProposeChange(action, body.recordId(), body.baseVersion(), record, body.note());
    }

    /** Body of {@code POST /api/changes} and {@code PUT /api/changes/{id}}. */
    public record ChangeInput(String action, Long recordId, Integer baseVersion, RecordInput record, String note) {
    }

    /** Body of a move (optional comment) or of a new comment ({@code body}, optional {@code field}). */
    public record CommentInput(String comment, String body, String field) {
    }
}
