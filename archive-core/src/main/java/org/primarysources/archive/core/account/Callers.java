package org.primarysources.archive.core.account;

import jakarta.ws.rs.core.SecurityContext;

import java.util.EnumSet;
import java.util.Set;

/** The authenticated caller of an API request as an {@link Actor}. */
public final class Callers {

    private Callers() {
    }

    public static Actor actor(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
