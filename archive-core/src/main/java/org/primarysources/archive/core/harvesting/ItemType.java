package org.primarysources.archive.core.harvesting;

/** What a harvested item is: a record (clause, quote or entity) or a source. Records sort before sources. */
public enum ItemType {
    RECORD, SOURCE
}
