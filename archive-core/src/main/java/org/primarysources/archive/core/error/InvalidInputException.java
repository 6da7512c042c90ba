package org.primarysources.archive.core.error;

/** The request names a field whose value the archive cannot accept. */
public final class InvalidInputException extends DomainException {

    private final String field;
    private final Long line;

    public InvalidInputException(String field, String message) {
        this(field, null, message);
    }

    /** A problem in one line of an uploaded file (counted from 1); {@code field} names the column, if known. */
    public InvalidInputException(String field, Long line, String message) {
        super(message);
        this.field = field;
        this.line = line;
    }

    /** The offending field, as the caller named it (e.g. {@code "citations[0].label"}). */
    public String field() {
        return field;
    }

    /** The line of an uploaded file the problem is in, or null when the input is no file. */
    public Long line() {
        return line;
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
