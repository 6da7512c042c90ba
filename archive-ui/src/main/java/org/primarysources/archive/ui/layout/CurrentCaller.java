package org.primarysources.archive.ui.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ForbiddenException;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The person using the archive right now: anonymous, or signed in with one or more roles.
 * <p>
 * Every answer is read from Jakarta Security at the moment it is asked, never remembered, so one instance serves
 * every request and always describes the caller of the request being handled (the server keeps a signed-in caller
 * in the HTTP session).
 */
@ApplicationScoped
public class CurrentCaller {

    private final SecurityContext securityContext;

    @Inject
    CurrentCaller(SecurityContext securityContext) {
        this.securityContext = securityContext;
    }

    /** Only for the CDI client proxy. */
    protected CurrentCaller() {
        this.securityContext = null;
    }

    /** The account name of the signed-in caller; empty for an anonymous visitor. */
    public Optional<String> name() {
        return Optional.ofNullable(securityContext.getCallerPrincipal()).map(Principal::getName);
    }

    public boolean isAnonymous() {
        return name().isEmpty();
    }

    /** Whether the caller is signed in and holds at least one of the given roles. */
    public boolean may(Role... roles) {
        return !isAnonymous()
                && Arrays.stream(roles).anyMatch(role -> securityContext.isCallerInRole(role.roleName()));
    }

    /** The roles the caller holds; none for an anonymous visitor. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (!isAnonymous()) {
            Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.roleName()))
                    .forEach(roles::add);
        }
        return roles;
    }

    /**
     * The caller as the archive's services know them when they act. The services decide what the caller may do.
     *
     * @throws ForbiddenException for an anonymous visitor, who never acts on the archive
     */
    public Actor actor() {
        String name = name().orElseThrow(() -> new ForbiddenException("sign in first"));
        return new Actor(name, Set.copyOf(roles()));
    }

    /** Whether the caller may open a page, as its {@link AllowedRoles} says; a page without it is open to all. */
    public boolean mayOpen(Class<?> page) {
        AllowedRoles allowed = page.getAnnotation(AllowedRoles.class);
        return allowed == null || may(allowed.value());
    }
}
