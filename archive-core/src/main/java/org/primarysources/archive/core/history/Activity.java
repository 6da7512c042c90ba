package org.primarysources.archive.core.history;

/** What produced a version. */
public enum Activity {
    IMPORT, TRANSCRIPTION, TRANSLATION, EDIT, RETRACTION
}
