package org.primarysources.archive.core.record;

/** The kind of thing an ENTITY record names. */
public enum EntityType {
    PERSON, PLACE, ORGANISATION
}
