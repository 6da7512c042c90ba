package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the scraped lines of an article in a language other than English need before the layout reads them.
 *
 * <p>The end matter — "Siehe auch", "Przypisy", "Šaltiniai", "Voir
 * aussi", "Примечания" and what follows them — cut off before the layout reads the body, and the categories read
 * from it: lines that start with the language's category marker ("Kategorie:…", "Kategoria: …"), a marker heading
 * with the categories after it on the line ("Kategorien: A | B") or on the lines below, and bare lines after a sort
 * key ({@code {{SORTIERUNG:…}}}). A marker line in the body is a category too, and not body. English end matter is
 * the layout's own ({@code ArticleLayout}), so that the English articles read exactly as they always have.
 *
 * <p>The layout knows a line that stops mid-sentence before a link name by its English last word ("… signed between
 * the" + "Soviet Union"); otherwise such a short line is taken for a heading. For the other languages a line that
 * ends with one of the language's articles or prepositions, or with one of them and one word ("unter
 * Staatsältestem"), or in German with a lower-case word ("Der estnische" + "Riigikogu"), is joined here with the bare
 * link name on the next line, as the scraper would have kept it had the link been inline.
 *
 * <p>A link name on a line of its own is the link's text as a whole — "Roten Armee", "Ligi Narodów" — even where the
 * gloss restates it in another case ("Die Rote Armee", "Liga Narodów"): the line gets the mark the scraper leaves
 * where a link starts ("]", as in "… of ]Druskininkai", here "[ ]"), which the transcription drops like every
 * bracket.
 */
final class LanguageLines {

    /** The scraped lines of the body, and the categories found after it. */
    record Split(List<String> body, List<String> categories) {

        Split {
            body = List.copyOf(body);
            categories = List.copyOf(categories);
        }
    }

    private static final int BARE_NAME_WORDS = 6;
    private static final int LONG_LINE_WORDS = 6;
    private static final int STEM = 3;
    private static final int ENDING = 3;
    /**
     * Marks the start of a link's name as the scraper's text does, with a closing citation bracket glued to it; the
     * opening one keeps the line from being glued to the word before it.
     */
    private static final String LINK_START = "[ ]";

    private LanguageLines() {
    }

    static Split of(List<String> lines, ArticleLanguage language) {
        if (language == ArticleLanguage.ENGLISH) {
            return new Split(lines, List.of());
        }
        LanguageTables.Table table = language.table();
        boolean[] gloss = glossLines(lines);
        Set<String> categories = new LinkedHashSet<>();
        List<String> body = new ArrayList<>();
        int end = lines.size();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (gloss[i]) {
                body.add(line);
                continue;
            }
            if (marker(line, table) != null) {
                categories.addAll(categoriesOn(line, table));
                body.add("");
                continue;
            }
            boolean anchor = i + 1 < lines.size() && gloss[i + 1];
            if (!anchor && heading(line, table) && !midSentence(previous)) {
                end = i;
                break;
            }
            if (anchor && (bareName(line) || inflectedName(line, lines.get(i + 1)))) {
                line = LINK_START + line;
            } else if (i + 2 < lines.size() && !anchor && gloss[i + 2] && !gloss[i + 1]
                    && bareName(lines.get(i + 1)) && opensOnto(line, language)) {
                line = line + " " + LINK_START + lines.get(i + 1);
                i++;
            }
            body.add(line);
            if (!Markup.plain(line).isBlank()) {
                previous = line;
            }
        }
        boolean list = false;
        for (int i = end; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (gloss[i] || line.isEmpty()) {
                continue;
            }
            if (marker(line, table) != null) {
                List<String> on = categoriesOn(line, table);
                categories.addAll(on);
                list |= on.isEmpty();
            } else if (sortKey(line, table)) {
                list = true;
            } else if (list && !line.startsWith("{{") && !line.startsWith("*") && !line.startsWith("#")) {
                categories.add(Markup.spacing(Markup.plain(line)));
            }
        }
        categories.remove("");
        return new Split(body, new ArrayList<>(categories));
    }

    /** A line that is only a link's text: a few words, the first capitalised, no brackets, no sentence end. */
    private static boolean bareName(String line) {
        List<String> words = Words.tokens(line);
        return !words.isEmpty() && words.size() <= BARE_NAME_WORDS && Words.capitalised(words.get(0))
                && Character.isLetter(line.codePointAt(0)) && line.indexOf('[') < 0 && line.indexOf(']') < 0
                && !Glosses.endsSentence(line) && !ArticleLayout.listItem(line);
    }

    /**
     * A short line, lower case first, whose first word is the gloss's first in another case: "войну за независимость
     * Латвии" before "Война за независимость Латвии — …" is the link's whole text, which the gloss restates only in
     * part.
     */
    private static boolean inflectedName(String line, String gloss) {
        List<String> words = Words.tokens(line);
        List<String> glossWords = Words.tokens(Markup.plain(gloss));
        if (words.isEmpty() || words.size() > BARE_NAME_WORDS || glossWords.isEmpty() || Words.capitalised(
                words.get(0)) || line.indexOf('[') >= 0 || line.indexOf(']') >= 0 || Glosses.endsSentence(line)) {
            return false;
        }
        String word = Words.lower(words.get(0));
        String glossWord = Words.lower(glossWords.get(0));
        int common = 0;
        int shorter = Math.min(word.length(), glossWord.length());
        while (common < shorter && word.charAt(common) == glossWord.charAt(common)) {
            common++;
        }
        return common >= STEM && common >= Math.max(word.length(), glossWord.length()) - ENDING;
    }

    /** Whether the line stops mid-sentence before the bare link name on the next line. */
    private static boolean opensOnto(String line, ArticleLanguage language) {
        String plain = Markup.plain(line).strip();
        if (plain.isEmpty() || ArticleLayout.listItem(line) || line.startsWith("{{")) {
            return false;
        }
        if (Glosses.endsSentence(line)) {
            // "… 1920 m. liepos 12 d." + "Maskvoje": an abbreviation, not the end of the sentence
            String lower = plain.toLowerCase(Locale.ROOT);
            return language.table().abbreviations().stream()
                    .anyMatch(abbreviation -> lower.endsWith(" " + abbreviation) || lower.equals(abbreviation));
        }
        List<String> words = Words.tokens(plain);
        Set<String> open = language.table().openEndings();
        String last = Words.lower(words.get(words.size() - 1));
        if (",;".indexOf(plain.charAt(plain.length() - 1)) >= 0 || open.contains(last)) {
            return true;
        }
        boolean lowerLast = !Words.capitalised(words.get(words.size() - 1));
        if (lowerLast && (language == ArticleLanguage.GERMAN || words.size() >= LONG_LINE_WORDS)) {
            // German headings end with a noun; a long line that ends in a lower-case word is a sentence
            return true;
        }
        if (Sentences.of(language).end(plain, 0, plain.length()) < plain.length()) {
            // "… na etnograficheskom principe. Premier-ministr": a heading holds no sentence end
            return true;
        }
        return words.size() >= 2 && open.contains(Words.lower(words.get(words.size() - 2)))
                && !Words.capitalised(words.get(words.size() - 2));
    }

    /** The lines that belong to a gloss: as the glosses of the whole text find them. */
    private static boolean[] glossLines(List<String> lines) {
        boolean[] gloss = new boolean[lines.size()];
        for (Gloss g : Glosses.in(lines)) {
            for (int i = g.first(); i <= g.last(); i++) {
                gloss[i] = true;
            }
        }
        return gloss;
    }

    private static boolean heading(String line, LanguageTables.Table table) {
        String plain = Markup.plain(line).strip();
        if (plain.endsWith(":")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        return table.endHeadings().contains(plain.toLowerCase(Locale.ROOT)) || sortKey(line, table);
    }

    /** Whether the body so far stops in the middle of a sentence (the heading's words are then part of it). */
    private static boolean midSentence(String previous) {
        return !previous.isEmpty() && !ArticleLayout.listItem(previous) && !Glosses.endsSentence(previous)
                && !Glosses.truncated(previous) && !headingLike(previous);
    }

    private static boolean headingLike(String line) {
        String plain = Markup.plain(line).strip();
        return !plain.isEmpty() && Words.tokens(plain).size() <= 6 && ".,;:!?".indexOf(plain.charAt(
                plain.length() - 1)) < 0 && Words.capitalised(plain);
    }

    private static boolean sortKey(String line, LanguageTables.Table table) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return table.sortKeys().stream().anyMatch(lower::startsWith);
    }

    /** The category marker the line starts with, or null. */
    private static String marker(String line, LanguageTables.Table table) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        for (String marker : table.categoryMarkers()) {
            if (lower.startsWith(marker)) {
                return marker;
            }
        }
        return null;
    }

    /** The categories a marker line names after its marker: one, or several split at "|", "•" or "·". */
    private static List<String> categoriesOn(String line, LanguageTables.Table table) {
        String text = line.strip();
        String marker = marker(text, table);
        text = text.substring(marker.length());
        if (text.endsWith("]]")) {
            text = text.substring(0, text.length() - 2);
        }
        if (marker.startsWith("[[") && text.indexOf('|') >= 0) {
            // "[[Kategorie:Vertrag|Riga]]": after the bar is the sort key
            text = text.substring(0, text.indexOf('|'));
        }
        List<String> categories = new ArrayList<>();
        for (String part : text.split("[|•·]")) {
            String category = Markup.spacing(Markup.plain(part));
            if (!category.isEmpty()) {
                categories.add(category);
            }
        }
        return categories;
    }
}
