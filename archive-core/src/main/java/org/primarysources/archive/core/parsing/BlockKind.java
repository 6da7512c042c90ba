package org.primarysources.archive.core.parsing;

/** What a line of the transcription is. */
enum BlockKind {
    PARAGRAPH, HEADING, LIST_ITEM
}
