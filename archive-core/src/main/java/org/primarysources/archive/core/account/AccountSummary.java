package org.primarysources.archive.core.account;

import java.time.Instant;
import java.util.Set;

/** What the archive shows about an account: never its password hash. */
public record AccountSummary(String username, Set<Role> roles, Instant createdAt) {
}
