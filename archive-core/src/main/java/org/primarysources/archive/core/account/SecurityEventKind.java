package org.primarysources.archive.core.account;

/** What happened, in the security event log. */
public enum SecurityEventKind {
    /** A sign-in with a wrong password, or for an account that does not exist. */
    SIGN_IN_FAILED,
    /** A sign-in refused unchecked: the account name or the address must wait after earlier failures. */
    SIGN_IN_THROTTLED,
    /** Failures in a row locked an account name for a while. */
    ACCOUNT_LOCKED,
    /** Failures from one client address locked it for a while. */
    ADDRESS_LOCKED,
    /** A lock ended: its time was over, or an administrator ended it. */
    LOCK_ENDED
}
