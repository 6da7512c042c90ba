package org.primarysources.archive.core.error;

/** The caller is known but may not do this (role, or four-eyes). */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
