package org.primarysources.archive.core.account;


import java.util.Set;

/** Command: give an account exactly these roles; {@code by} is the administrator doing it. */
public record ChangeRoles(String username, Set<Role> roles, Actor by) {
}
