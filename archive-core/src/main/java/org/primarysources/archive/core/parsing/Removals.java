package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what the parser leaves out of the transcription, in source offsets: whole glosses, end matter and
 * category lines as the layout finds them, and the characters the markup cleaning drops from each block.
 */
final class Removals {

    private final String source;
    private final List<Removal> found = new ArrayList<>();

    Removals(String source) {
        this.source = source;
    }

    void add(int start, int end, Removal.Reason reason, String detail) {
        if (start >= 0 && end > start) {
            found.add(new Removal(start, end, reason, detail));
        }
    }

    /** A removal from {@code start} to the end of the source, whitespace aside: the end matter. */
    void addToEnd(int start, Removal.Reason reason, String detail) {
        int end = source.length();
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        add(start, end, reason, detail);
    }

    /** Notes what cleaning each block drops: markup, citation remnants, and the marker of a list item. */
    void cleaning(List<Block> blocks) {
        for (Block block : blocks) {
            String raw = block.raw();
            Markup.Dropped dropped = new Markup.Dropped(raw.length());
            Markup.Chars kept = Markup.cleaned(raw, dropped);
            if (block.kind() == BlockKind.LIST_ITEM) {
                for (int i = 0; i < kept.length() && (kept.charAt(i) == '*' || kept.charAt(i) == '#'); i++) {
                    dropped.drop(kept.at(i), Removal.Reason.MARKUP, "list marker");
                }
            }
            dropped(block, dropped);
        }
    }

    /** One removal per run of dropped characters that stand together in the source with the same reason. */
    private void dropped(Block block, Markup.Dropped dropped) {
        int start = -1;
        int end = -1;
        Removal.Reason reason = null;
        String detail = null;
        for (int i = 0; i < block.raw().length(); i++) {
            int origin = block.origin(i);
            Removal.Reason why = dropped.reason(i);
            if (origin < 0 || why == null) {
                continue;
            }
            if (why == reason && dropped.detail(i).equals(detail) && adjoins(end, origin)) {
                end = origin + 1;
                continue;
            }
            if (reason != null) {
                add(start, end, reason, detail);
            }
            start = origin;
            end = origin + 1;
            reason = why;
            detail = dropped.detail(i);
        }
        if (reason != null) {
            add(start, end, reason, detail);
        }
    }

    /** Whether only whitespace stands in the source between {@code end} and {@code next}. */
    private boolean adjoins(int end, int next) {
        if (next < end) {
            return false;
        }
        for (int i = end; i < next; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The removals in source order; one that lies inside another (a gloss in the end matter) is not listed. */
    List<Removal> list() {
        List<Removal> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Removal::start).thenComparing(Comparator.comparingInt(Removal::end)
                .reversed()));
        List<Removal> list = new ArrayList<>();
        int covered = 0;
        for (Removal removal : sorted) {
            if (removal.end() <= covered) {
                continue;
            }
            list.add(removal);
            covered = removal.end();
        }
        return List.copyOf(list);
    }
}
