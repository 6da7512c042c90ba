package org.primarysources.archive.localprocess;

import static java.util.Objects.requireNonNull;

/**
 * The unprivileged user a server runs as when we are root, with the numeric ids {@code setpriv} switches to.
 *
 * @param user the user's name (for {@code runuser} where there is no {@code setpriv})
 * @param uid  its user id
 * @param gid  its primary group id
 */
public record RunAs(String user, String uid, String gid) {

    public RunAs {
        requireNonNull(user, "user");
        requireNonNull(uid, "uid");
        requireNonNull(gid, "gid");
    }
}
