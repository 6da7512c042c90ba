package org.primarysources.archive.core.review;

import java.util.Locale;

/** What someone does to a change request. */
public enum ChangeMove {
    EDIT, SUBMIT, APPROVE, REQUEST_CHANGES, REJECT, WITHDRAW;

    String pastTense() {
        return switch (this) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back";
            case REJECT -> "rejected";
            case WITHDRAW -> "withdrawn";
        };
    }

    /** The move's name in URLs: {@code request-changes}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
