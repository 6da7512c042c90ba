package org.primarysources.archive.core.record;

/** What a record is: a numbered unit of a source, verbatim words, or a person/place/organisation. */
public enum RecordKind {
    CLAUSE, QUOTE, ENTITY
}
