package org.primarysources.archive.core.audit;

import java.util.function.Consumer;

/**
 * Checks that the version an item's row calls published is its newest: a published version set back to an older
 * one (its newer versions kept or deleted) shows readers an old text. Fed versions ordered by item id, then number.
 */
final class NewestCheck {

    private final String item;
    private final Consumer<Finding> findings;
    private long id = -1;
    private int newest;
    private int published;

    NewestCheck(String item, Consumer<Finding> findings) {
        this.item = item;
        this.findings = findings;
    }

    void next(long itemId, int number, int publishedVersion) {
        if (itemId != id) {
            finish();
            id = itemId;
        }
        newest = number;
        published = publishedVersion;
    }

    /** Checks the last item fed. */
    void finish() {
        if (id >= 0 && published != newest) {
            findings.accept(new Finding(item, id, published, "is shown as published, but the newest version is "
                    + newest));
        }
        id = -1;
    }
}
