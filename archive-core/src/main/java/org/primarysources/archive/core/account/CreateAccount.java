package org.primarysources.archive.core.account;

import java.util.Set;

/** Command: open an account with a password (kept only as a hash) and its roles. */
public record CreateAccount(String username, char[] password, Set<Role> roles) {
}
