package org.primarysources.archive.core.provenance;

/** What produced a version. */
public enum Activity {
    IMPORT, TRANSCRIPTION, TRANSLATION, EDIT, RETRACTION
}
