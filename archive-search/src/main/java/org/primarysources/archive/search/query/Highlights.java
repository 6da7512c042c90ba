package org.primarysources.archive.search.query;

import org.primarysources.archive.core.text.Shortening;

import java.util.List;
import java.util.Map;

/**
 * The HTML fragment shown under a hit: OpenSearch's highlight (HTML-encoded text with {@code <mark>} around the
 * matched words) or, when nothing in the text matched (a match on the label, a speaker, a filter-only search), the
 * start of the text, escaped here.
 */
final class Highlights {

    static final String MARK = "<mark>";

    private Highlights() {
    }

    static String of(Map<String, List<String>> highlight, List<String> fields, String text) {
        if (highlight != null) {
            for (String field : fields) {
                List<String> fragments = highlight.get(field);
                if (fragments != null && !fragments.isEmpty() && fragments.get(0).contains(MARK)) {
                    return fragments.get(0);
                }
            }
        }
        return escape(start(text == null ? "" : text, SearchQueries.HIGHLIGHT_FRAGMENT));
    }

    /** At most {@code length} characters, cut after a word, with an ellipsis when cut. */
    static String start(String text, int length) {
        return Shortening.atWord(text.strip(), length);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
