package org.primarysources.archive.core.error;

/** The request clashes with the archive's current state: a duplicate, a stale version, an illegal move. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
