package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.primarysources.archive.core.parsing.ScrapedText.LINK_END;

/**
 * The transcription assembled from the blocks: each cleaned block on its own line, list items with a visible
 * marker ("1. " for numbered, "• " for bulleted, two spaces of indent per nesting level), and where each link's
 * name stands.
 */
final class Transcript {

    /** A block's place in the text: its words run from {@code start} to {@code end}, after any list marker. */
    record Line(BlockKind kind, int start, int end) {
    }

    /** A link to the entity a gloss describes, its name starting at {@code start} (or -1 if it could not be found). */
    record Link(Gloss gloss, int start) {
    }

    private static final int MAX_DEPTH = 8;

    final String text;
    final List<Line> lines;
    final List<Link> links;

    private Transcript(String text, List<Line> lines, List<Link> links) {
        this.text = text;
        this.lines = List.copyOf(lines);
        this.links = List.copyOf(links);
    }

    static Transcript of(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int[] numbers = new int[MAX_DEPTH + 1];
        for (Block block : blocks) {
            String cleaned = Markup.clean(block.raw());
            String marker = "";
            if (block.kind() == BlockKind.LIST_ITEM) {
                int depth = 0;
                while (depth < cleaned.length() && (cleaned.charAt(depth) == '*' || cleaned.charAt(depth) == '#')) {
                    depth++;
                }
                boolean numbered = cleaned.charAt(depth - 1) == '#';
                int level = Math.min(depth, MAX_DEPTH);
                for (int deeper = level + 1; deeper <= MAX_DEPTH; deeper++) {
                    numbers[deeper] = 0;
                }
                numbers[level] = numbered ? numbers[level] + 1 : 0;
                marker = "  ".repeat(level - 1) + (numbered ? numbers[level] + ". " : "• ");
                cleaned = cleaned.substring(depth).strip();
            } else {
                Arrays.fill(numbers, 0);
            }
            StringBuilder words = new StringBuilder(cleaned.length());
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < cleaned.length(); i++) {
                char c = cleaned.charAt(i);
                if (c == LINK_END) {
                    ends.add(words.length());
                } else {
                    words.append(c);
                }
            }
            if (words.toString().isBlank()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(marker);
            int start = out.length();
            out.append(words);
            lines.add(new Line(block.kind(), start, out.length()));
            for (int k = 0; k < Math.min(ends.size(), block.links().size()); k++) {
                Gloss gloss = block.links().get(k);
                int nameStart = gloss.link().shown()
                        ? nameStart(out, gloss.link().text(), start + ends.get(k), start)
                        : -1;
                links.add(new Link(gloss, nameStart));
            }
        }
        return new Transcript(out.toString(), lines, links);
    }

    /** Where the name ending at {@code end} starts: right before it, or its last appearance before it in the line. */
    private static int nameStart(StringBuilder text, String name, int end, int lineStart) {
        int start = end - name.length();
        if (name.isEmpty() || start < lineStart) {
            return -1;
        }
        if (startsAt(text, name, start)) {
            return start;
        }
        int earlier = text.lastIndexOf(name, start);
        return earlier >= lineStart ? earlier : -1;
    }

    private static boolean startsAt(CharSequence text, String name, int start) {
        for (int i = 0; i < name.length(); i++) {
            if (text.charAt(start + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
