package org.primarysources.archive.core.web;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on API resources (method first, then
 * class): anonymous callers of a protected resource get 401 with a Basic challenge, signed-in callers without
 * the role get 403. Resources without any of these annotations are public.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100) // before Jersey's own @RolesAllowed filter, for clearer answers
class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        AnnotatedElement method = resource.getResourceMethod();
        if (!decide(method, request)) {
            decide(resource.getResourceClass(), request);
        }
    }

    /** @return whether the element carried a decision */
    private static boolean decide(AnnotatedElement element, ContainerRequestContext request) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(Problem.of(403, "Forbidden", "Nobody may do this.").toResponse());
            return true;
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return false;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(
                            Problem.of(401, "Unauthorized", "Sign in to do this (HTTP Basic).").toResponse())
                    .header("WWW-Authenticate", "Basic realm=\"archive\", charset=\"UTF-8\"")
                    .build());
        } else if (Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of(403, "Forbidden",
                    "This needs the role " + String.join(" or ", roles.value()) + ".").toResponse());
        }
        return true;
    }
}
