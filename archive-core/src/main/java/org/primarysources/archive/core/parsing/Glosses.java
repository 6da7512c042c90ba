package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the glosses in the scraped lines. A gloss is cut off by the scraper and ends with " ..."; it may have
 * several lines (a first paragraph ending a sentence, then the start of the next ones). The line before it is the
 * anchor: it ends with the link text, so it never ends with punctuation. When several starts are possible, the one
 * whose first line restates the link text wins; on a tie the shorter gloss wins, so that no body text is lost.
 */
final class Glosses {

    private static final int MAX_LINES = 8;
    private static final int MAX_CHARS = 1500;

    private Glosses() {
    }

    static List<Gloss> in(List<String> lines) {
        List<Gloss> glosses = new ArrayList<>();
        int consumed = -1;
        for (int end = 0; end < lines.size(); end++) {
            if (end <= consumed || !truncated(lines.get(end))) {
                continue;
            }
            int best = -1;
            LinkName bestLink = null;
            int chars = 0;
            for (int first = end; first > consumed + 1 && first > end - MAX_LINES; first--) {
                String line = lines.get(first);
                chars += line.length();
                if (line.isEmpty() || chars > MAX_CHARS) {
                    break;
                }
                if (first < end && !endsSentence(line) || !anchorLike(lines.get(first - 1))) {
                    continue;
                }
                LinkName link = LinkNames.of(lines.get(first - 1), line);
                if (!link.text().isEmpty() && (bestLink == null || link.restated() > bestLink.restated())) {
                    best = first;
                    bestLink = link;
                }
            }
            if (best >= 0) {
                glosses.add(new Gloss(best - 1, best, end, bestLink, description(lines, best, end)));
                consumed = end;
            } else if (end == consumed + 1) {
                glosses.add(new Gloss(-1, end, end, null, description(lines, end, end)));
                consumed = end;
            }
        }
        return glosses;
    }

    static boolean truncated(String line) {
        return line.endsWith(" ...") || line.endsWith(" …");
    }

    /** Whether a line ends a sentence (or introduces a list with a colon), closing quotes and brackets aside. */
    static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && "\"”’»'[] \uFDD0".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static boolean anchorLike(String line) {
        if (line.isEmpty() || truncated(line) || line.startsWith("{{")) {
            return false;
        }
        String plain = Markup.plain(line).stripTrailing();
        if (plain.isEmpty()) {
            return false;
        }
        char last = plain.charAt(plain.length() - 1);
        return ".,;:!?".indexOf(last) < 0;
    }

    private static String description(List<String> lines, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            text.append(lines.get(i));
        }
        String description = text.toString();
        description = description.substring(0, description.length() - (description.endsWith(" ...") ? 4 : 2));
        description = Markup.plain(description).strip();
        while (description.endsWith("\uFFFD")) {
            description = description.substring(0, description.length() - 1).strip();
        }
        return description;
    }
}
