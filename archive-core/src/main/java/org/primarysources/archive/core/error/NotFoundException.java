package org.primarysources.archive.core.error;

/** What was asked for does not exist (or is not visible to the caller). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
