package org.primarysources.archive.core.importing;

/** A background import was asked to stop: its transaction rolls back and nothing of it is written. */
public final class ImportCancelled extends RuntimeException {

    ImportCancelled(long jobId) {
        super("import job " + jobId + " was cancelled; nothing was written", null, false, false);
    }
}
