package org.primarysources.archive.search.index;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages whose text is also analysed as that language inflects, beside the language-neutral folded and exact
 * analysis every text gets: a record's text goes, as it is, into {@code textIn.<language>} when the record is in one
 * of them, and each translation into {@code translationsIn.<language>} of its own language; those fields' analysers
 * ({@code stemmed_<language>} in the mapping, English's the {@code stemmed} one every text also has) stem as that
 * language does, so {@code Verträge} finds {@code Vertrag} in a German record, never in a Polish one. English has a
 * field of its own too, so that a word found in a record of any of these languages weighs the same: a name found in
 * an English record ranks as the same name found in a German one.
 */
public final class RecordLanguages {

    /** Primary language subtags (BCP 47) with an analyser of their own, one field each in the mapping. */
    public static final List<String> ANALYSED = List.of("de", "en", "fr", "lt", "pl", "ru");
    /** The object holding a record's text under its language. */
    public static final String TEXT_IN = "textIn";
    /** The object holding a record's translations under their languages. */
    public static final String TRANSLATIONS_IN = "translationsIn";

    private RecordLanguages() {
    }

    /**
     * The analysed language a BCP 47 tag names, by its primary subtag: {@code de-AT} and {@code DE} are {@code de};
     * empty for a language without an analyser of its own, and for none.
     */
    public static Optional<String> analysed(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return ANALYSED.contains(primary) ? Optional.of(primary) : Optional.empty();
    }

    /** The analyser of a language's fields: English's is the {@code stemmed} one every text also has. */
    static String analyser(String language) {
        return "en".equals(language) ? "stemmed" : "stemmed_" + language;
    }

    /** {@code textIn.de}, {@code textIn.fr}, …: every record's own text, in the analysis of its language. */
    public static List<String> textFields() {
        return fields(TEXT_IN);
    }

    /** {@code translationsIn.de}, …: every translation, in the analysis of its language. */
    public static List<String> translationFields() {
        return fields(TRANSLATIONS_IN);
    }

    private static List<String> fields(String object) {
        return ANALYSED.stream().map(language -> object + "." + language).toList();
    }
}
