package org.primarysources.archive.core.outbox;

/** The search index cannot be reached or refused the request; the work will be retried later. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
