package org.primarysources.archive.core.audit;

import org.primarysources.archive.core.history.ChainLink;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Walks one kind of item's versions in order and checks each link: numbers 1, 2, 3…, {@code previousHash} equal
 * to the hash before it, and the hash recomputed from the stored content.
 */
final class ChainCheck {

    private final String item;
    private final Consumer<Finding> findings;
    private long id = -1;
    private int expectedNumber;
    private String previousHash;

    ChainCheck(String item, Consumer<Finding> findings) {
        this.item = item;
        this.findings = findings;
    }

    /** Feed links ordered by item id, then number. */
    void next(ChainLink link) {
        if (link.id() != id) {
            id = link.id();
            expectedNumber = 1;
            previousHash = null;
        }
        if (link.number() != expectedNumber) {
            findings.accept(new Finding(item, link.id(), link.number(), "version " + expectedNumber + " is missing"));
        }
        if (!Objects.equals(link.previousHash(), previousHash)) {
            findings.accept(new Finding(item, link.id(), link.number(),
                    "previous hash does not match version " + (link.number() - 1)));
        }
        if (!link.hashMatchesContent()) {
            findings.accept(new Finding(item, link.id(), link.number(), "content does not match its hash"));
        }
        expectedNumber = link.number() + 1;
        previousHash = link.hash();
    }
}
