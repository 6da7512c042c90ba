package org.primarysources.archive.core.account;

/** Every core is busy hashing other passwords and this one waited its time: the caller should retry shortly. */
public class HashingBusyException extends RuntimeException {

    /** What Retry-After says. */
    public static final int RETRY_AFTER_SECONDS = 2;

    HashingBusyException() {
        super("The archive is busy checking other sign-ins; try again in a moment.");
    }
}
