package org.primarysources.archive.core.account;

import java.util.Locale;

/**
 * What a person may do in the archive. The lower-case name is the Jakarta Security role (and group) name.
 */
public enum Role {
    /** Reads published records and cites them. */
    RESEARCHER,
    /** Curates sources and records: imports documents, drafts changes. */
    ARCHIVIST,
    /** Reviews other people's changes: approves, requests changes, rejects. */
    EDITOR,
    /** Manages accounts and operations (reindex, verify). */
    ADMIN;

    public static final String RESEARCHER_NAME = "researcher";
    public static final String ARCHIVIST_NAME = "archivist";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    /** The role name used by Jakarta Security, e.g. {@code "editor"}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofRoleName(String roleName) {
        return valueOf(roleName.toUpperCase(Locale.ROOT));
    }
}
