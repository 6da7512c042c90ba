package org.primarysources.archive.ui.components;

import org.primarysources.archive.core.text.Shortening;

import java.util.Locale;

/** Turning the archive's values into words a reader sees. */
public final class Texts {

    private Texts() {
    }

    /** The text on one line, cut at a word boundary to at most about {@code length} characters. */
    public static String shorten(String text, int length) {
        return Shortening.atWord(Shortening.oneLine(text), length);
    }

    /** A constant's name as words: {@code CHANGES_REQUESTED} is {@code Changes requested}. */
    public static String words(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A BCP 47 language tag as its English name with the tag: {@code lt} is {@code Lithuanian (lt)}. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
    }
}
