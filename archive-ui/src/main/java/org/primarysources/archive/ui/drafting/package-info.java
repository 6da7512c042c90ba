/**
 * Drafting a record: an archivist writes a new clause, quote or entity, or revises a published one, cites the
 * passage by selecting it in the source's transcription, and sends the draft to the editors' review queue.
 */
package org.primarysources.archive.ui.drafting;
