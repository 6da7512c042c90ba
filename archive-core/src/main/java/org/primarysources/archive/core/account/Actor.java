package org.primarysources.archive.core.account;


import java.util.Set;

/** Who is acting, with their roles — taken from the authenticated caller at the edge. */
public record Actor(String name, Set<Role> roles) {

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
