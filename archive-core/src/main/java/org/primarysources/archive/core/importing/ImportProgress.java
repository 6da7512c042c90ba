package org.primarysources.archive.core.importing;

/** Told how many rows of a long import are drafted so far (not yet committed); may stop it with ImportCancelled. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = drafted -> { };

    void drafted(int rows);
}
