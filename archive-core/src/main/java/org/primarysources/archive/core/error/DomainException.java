package org.primarysources.archive.core.error;

/**
 * The one family of errors the archive reports to its callers. Each kind maps to one HTTP status and is shown
 * as {@code application/problem+json}; the message is written for the person who made the request.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The HTTP status this kind of problem answers with. */
    public abstract int status();

    /** A short, stable title for this kind of problem. */
    public abstract String title();
}
