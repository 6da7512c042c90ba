package org.primarysources.archive.core.error;

/** The request names a field whose value the archive cannot accept. */
public final class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field, as the caller named it (e.g. {@code "citations[0].label"}). */
    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
