package org.primarysources.archive.core.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The scraped article as lines: NFC-normalised, stripped, invisible formatting characters removed. */
final class ScrapedText {

    /**
     * Marks, inside a block of text being assembled, where a linked entity's name ends. A Unicode noncharacter, so
     * it is never part of interchanged text; any that arrive in the input are dropped.
     */
    static final char LINK_END = '\uFDD0';

    private ScrapedText() {
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lines.add(finish(line));
                }
                case '\n', '\u0085', '\u2028', '\u2029' -> lines.add(finish(line));
                // invisible: a byte-order mark, soft hyphens and zero-width spaces only get in the way of searching
                case '\uFEFF', '\u00AD', '\u200B', LINK_END -> {
                }
                default -> line.append(c);
            }
        }
        lines.add(finish(line));
        return lines;
    }

    private static String finish(StringBuilder line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
        line.setLength(0);
        return text;
    }
}
