package org.primarysources.archive.core.citation;

/** Whether a record's cited words were found in the cited transcription version, once, never, or several times. */
public enum Verification {
    VERIFIED, NOT_FOUND, AMBIGUOUS
}
