package org.primarysources.archive.core.transparency;

/**
 * A signed note or a checkpoint that cannot be trusted: malformed, not signed by the key asked for, or signed with a
 * signature that does not verify. The message says which, and where.
 */
public final class InvalidNoteException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidNoteException(String message) {
        super(message);
    }
}
