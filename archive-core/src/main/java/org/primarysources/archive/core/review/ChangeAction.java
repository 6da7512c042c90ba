package org.primarysources.archive.core.review;

/** What a change proposes to do to its record or source. */
public enum ChangeAction {
    CREATE, UPDATE, RETRACT
}
