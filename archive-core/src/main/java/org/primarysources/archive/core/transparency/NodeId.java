package org.primarysources.archive.core.transparency;

/**
 * A complete subtree of the log: the {@code 2^level} leaves from {@code index · 2^level} on. Level 0 is a leaf.
 * Only complete subtrees are ever stored, each once, when its last leaf is appended; a tree of {@code n} leaves has
 * fewer than {@code 2n} of them.
 *
 * @param level height above the leaves, 0 to 62
 * @param index position among the subtrees of that level, from 0; a log holds at most {@code 2^62} leaves
 */
public record NodeId(int level, long index) {

    /** The highest level: the subtree of all {@code 2^62} leaves a log can hold. */
    public static final int MAX_LEVEL = 62;

    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level " + level + " is outside 0.." + MAX_LEVEL);
        }
        if (index < 0 || index >= 1L << (MAX_LEVEL - level)) {
            throw new IllegalArgumentException("index " + index + " is outside the tree at level " + level);
        }
    }

    /** The leaf at {@code index}. */
    public static NodeId leaf(long index) {
        return new NodeId(0, index);
    }

    /** The first leaf this subtree covers. */
    public long firstLeaf() {
        return index << level;
    }

    /** How many leaves this subtree covers. */
    public long width() {
        return 1L << level;
    }

    /**
     * Where this node comes in the order the log stores nodes: leaf 0, leaf 1, their parent, leaf 2, leaf 3, their
     * parent, the parent of both parents, leaf 4, … So a store can keep nodes in one sequence (an array, a table
     * keyed by one number) with no gaps. Before leaf {@code m} the log has stored {@code 2m − bitCount(m)} nodes;
     * a subtree follows its last leaf after the subtrees below it.
     */
    public long storageIndex() {
        long lastLeaf = ((index + 1) << level) - 1;
        return 2 * lastLeaf - Long.bitCount(lastLeaf) + level;
    }
}
