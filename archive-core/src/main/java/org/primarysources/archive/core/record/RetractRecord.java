package org.primarysources.archive.core.record;

/** Command: retract a published record. Retraction is a new version; nothing is deleted. */
public record RetractRecord(long recordId, Integer baseVersion, String author, String approver, Long changeId) {
}
