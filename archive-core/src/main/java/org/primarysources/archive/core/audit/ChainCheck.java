package org.primarysources.archive.core.audit;

import org.primarysources.archive.core.provenance.HashChain;

import java.util.function.Consumer;

/**
 * Walks one item's versions in order and checks each link: numbers 1, 2, 3…, {@code previousHash} equal to the
 * hash before it, and the hash recomputed from the stored content.
 */
public final class ChainCheck {

    private final String item;
    private final Consumer<Finding> findings;
    private long id = -1;
    private int expectedNumber;
    private String previousHash;

    public ChainCheck(String item, Consumer<Finding> findings) {
        this.item = item;
        this.findings = findings;
    }

    /** Feed versions ordered by item id, then number. */
    public void next(long itemId, int number, String canonicalContent, String hash, String storedPreviousHash) {
        if (itemId != id) {
            id = itemId;
            expectedNumber = 1;
            previousHash = null;
        }
        if (number != expectedNumber) {
            findings.accept(new Finding(item, itemId, number, "version " + expectedNumber + " is missing"));
        }
        if (!java.util.Objects.equals(storedPreviousHash, previousHash)) {
            findings.accept(new Finding(item, itemId, number, "previous hash does not match version " + (number - 1)));
        }
        if (!HashChain.link(canonicalContent, storedPreviousHash).equals(hash)) {
            findings.accept(new Finding(item, itemId, number, "content does not match its hash"));
        }
        expectedNumber = number + 1;
        previousHash = hash;
    }
}
