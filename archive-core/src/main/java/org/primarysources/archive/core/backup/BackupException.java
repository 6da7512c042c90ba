package org.primarysources.archive.core.backup;

/** A backup that cannot be taken or a file that cannot be restored; the message says why, for an operator. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
