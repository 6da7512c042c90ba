package org.primarysources.archive.core.history;

/**
 * One stored version of a record or source as a link of its hash chain: the canonical content, the hash stored
 * with it and the hash of the version before it (null for version 1).
 */
public record ChainLink(long id, int number, String content, String hash, String previousHash) {

    /** Whether the stored hash is the one recomputed from the content and the stored previous hash. */
    public boolean hashMatchesContent() {
        return HashChain.link(content, previousHash).equals(hash);
    }
}
