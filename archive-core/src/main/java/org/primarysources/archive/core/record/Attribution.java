package org.primarysources.archive.core.record;

/** How sure the archive is that the speaker said the quote. */
public enum Attribution {
    CERTAIN, PROBABLE, DISPUTED
}
