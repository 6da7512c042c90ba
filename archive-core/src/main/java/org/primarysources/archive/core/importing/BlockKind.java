package org.primarysources.archive.core.importing;

/** What a line of the transcription is. */
enum BlockKind {
    PARAGRAPH, HEADING, LIST_ITEM
}
