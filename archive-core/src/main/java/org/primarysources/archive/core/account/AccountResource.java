package org.primarysources.archive.core.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Accounts over HTTP: who am I (anyone signed in), and account administration (admin). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = "basic")
public class AccountResource {

    private final Accounts accounts;
    private final SignInGuard guard;

    @Inject
    AccountResource(Accounts accounts, SignInGuard guard) {
        this.accounts = accounts;
        this.guard = guard;
    }

    /** Only for the CDI client proxy. */
    protected AccountResource() {
        this(null, null);
    }

    @Context
    SecurityContext security;

    @GET
    @Path("me")
    @RolesAllowed({Role.RESEARCHER_NAME, Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The signed-in caller and their roles")
    public Map<String, Object> me() {
        Set<String> roles = new TreeSet<>();
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.roleName())) {
                roles.add(role.roleName());
            }
        }
        return Map.of("name", security.getUserPrincipal().getName(), "roles", roles);
    }

    @GET
    @Path("admin/accounts")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "All accounts with their roles (admin)")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @POST
    @Path("admin/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Open an account (admin)")
    public Response open(NewAccount body, @Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("body", "send {\"username\", \"password\", \"roles\"}");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : body.roles() == null ? List.<String>of() : body.roles()) {
            try {
                roles.add(Role.ofRoleName(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("roles", "unknown role '" + name
                        + "'; roles are researcher, archivist, editor, admin");
            }
        }
        char[] password = body.password() == null ? null : body.password().toCharArray();
        AccountSummary opened = accounts.open(new CreateAccount(body.username(), password, roles));
        return Response.created(uri.getBaseUriBuilder().path("admin/accounts").path(opened.username()).build())
                .entity(AccountView.of(opened))
                .build();
    }

    @DELETE
    @Path("admin/accounts/{username}/lock")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "End the sign-in lock of an account name now, and forget its failures (admin)")
    public Response unlock(@PathParam("username") String username) {
        if (!guard.unlock(username, security.getUserPrincipal().getName())) {
            throw new NotFoundException("'" + username + "' has no failed sign-ins to forget");
        }
        return Response.noContent().build();
    }

    /** Request body of {@code POST /api/admin/accounts}. */
    public record NewAccount(String username, String password, List<String> roles) {
    }

    /** An account as the API shows it. */
    public record AccountView(String username, List<String> roles, String createdAt) {
        static AccountView of(AccountSummary summary) {
            return new AccountView(summary.username(),
                    summary.roles().stream().map(Role::roleName).sorted().toList(),
                    summary.createdAt().toString());
        }
    }
}
