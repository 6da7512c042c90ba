package org.primarysources.archive.core.parsing;

import java.text.Normalizer;
import java.util.List;

/**
 * The article's title: the subject its first sentence names ("The Soviet–Lithuanian Mutual Assistance Treaty was a
 * …" → "Soviet–Lithuanian Mutual Assistance Treaty"), unless the caller gives one.
 */
final class Titles {

    private static final List<String> ENDS = List.of(" was ", " is ", " were ", " are ", " (", ", ");
    private static final int MAX_CHARS = 150;
    private static final int FALLBACK_CHARS = 100;

    private Titles() {
    }

    static String of(String firstParagraph, String override) {
        if (override != null && !override.isBlank()) {
            return Normalizer.normalize(override.strip(), Normalizer.Form.NFC);
        }
        int end = -1;
        for (String candidate : ENDS) {
            int at = firstParagraph.indexOf(candidate);
            if (at > 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        String subject = end > 0 ? trimmed(firstParagraph.substring(0, end)) : "";
        if (subject.startsWith("The ")) {
            subject = subject.substring(4).strip();
        }
        if (!subject.isEmpty() && subject.length() <= MAX_CHARS) {
            return subject;
        }
        return fallback(firstParagraph);
    }

    /** The start of the first sentence, cut at a word boundary. */
    private static String fallback(String paragraph) {
        String sentence = paragraph.substring(0, Sentences.end(paragraph, 0, paragraph.length()));
        if (sentence.length() <= FALLBACK_CHARS) {
            return trimmed(sentence);
        }
        int cut = sentence.lastIndexOf(' ', FALLBACK_CHARS);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(sentence.charAt(FALLBACK_CHARS - 1)) ? FALLBACK_CHARS - 1 : FALLBACK_CHARS;
        }
        return trimmed(sentence.substring(0, cut));
    }

    private static String trimmed(String text) {
        String title = text.strip();
        while (!title.isEmpty() && ".,;:!?".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return title;
    }
}
