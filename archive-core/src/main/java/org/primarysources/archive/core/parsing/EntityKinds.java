package org.primarysources.archive.core.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses from an encyclopedia gloss whether it describes a person, a place or an organisation. The gloss says what
 * its subject is in its first sentence: first the subject's own head word ("The League of Nations", "The Polish–Soviet
 * War"), then life dates ("(born …", "(1887 – 1955)"), then the first telling noun after the defining verb
 * ("… was a Soviet politician", "… is a city", "… is an American daily newspaper"). Wars, treaties, currencies,
 * languages and the like are none of the three: the guess is then {@code null}. A gloss in another language is read
 * the same way with that language's defining verbs, nouns and life-date marks ({@link LanguageTables}): "… war ein
 * sowjetischer Politiker", "… – polski polityk", "(* 9. März 1890 …)".
 */
final class EntityKinds {

    static final String PERSON = "PERSON";
    static final String PLACE = "PLACE";
    static final String ORGANISATION = "ORGANISATION";
    /** A noun that tells the subject is something else than a person, place or organisation. */
    private static final String OTHER = "OTHER";

    private static final Map<String, String> NOUNS = nouns();
    private static final int PREDICATE_CHARS = 200;

    private EntityKinds() {
    }

    static String guess(String description, ArticleLanguage language) {
        if (language == ArticleLanguage.ENGLISH) {
            return guess(description);
        }
        if (description == null || description.isBlank()) {
            return null;
        }
        LanguageTables.Table table = language.table();
        String text = Markup.plain(description.lines().findFirst().orElse("")).strip();
        int verb = -1;
        for (String defining : table.definingVerbs()) {
            int at = outsideBrackets(text, defining);
            if (at > 0 && (verb < 0 || at < verb)) {
                verb = at;
            }
        }
        String subject = verb > 0 ? text.substring(0, verb) : firstSentence(text);
        int bracket = subject.indexOf('(');
        String kind = localNoun(bracket > 0 ? subject.substring(0, bracket) : subject, table, true);
        if (kind == null && localLifeDates(subject, table)) {
            kind = PERSON;
        }
        if (kind == null && verb > 0) {
            String predicate = firstSentence(text.substring(verb));
            kind = localNoun(predicate.substring(0, Math.min(predicate.length(), PREDICATE_CHARS)), table, false);
        }
        return OTHER.equals(kind) ? null : kind;
    }

    /** Where the word first stands outside parentheses: a dash inside "(1883 – 1927)" is no defining verb. */
    private static int outsideBrackets(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int depth = 0;
            for (int i = 0; i < at; i++) {
                char c = text.charAt(i);
                depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            }
            if (depth == 0) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /**
     * The kind the subject's head noun or the predicate's first telling noun names. A subject's head is its last
     * telling noun in German and Lithuanian ("Hitler-Stalin-Pakt", "Rygos taikos sutartis"), its first in the other
     * languages ("Traktat ryski", "Traité de Riga").
     */
    private static String localNoun(String text, LanguageTables.Table table, boolean subject) {
        List<String> words = Words.words(text.replace('-', ' ').replace('–', ' '));
        boolean headLast = subject && table.nounMatch() != LanguageTables.NounMatch.WHOLE_WORD
                && table != ArticleLanguage.POLISH.table() && table != ArticleLanguage.RUSSIAN.table();
        String found = null;
        for (String word : words) {
            String kind = localKind(word, table);
            if (kind != null) {
                if (!headLast) {
                    return kind;
                }
                found = kind;
            }
        }
        return found;
    }

    private static String localKind(String word, LanguageTables.Table table) {
        Map<String, String> nouns = table.nouns();
        switch (table.nounMatch()) {
            case COMPOUND_END -> {
                for (String ending : List.of("", "en", "n", "s", "es", "e")) {
                    String form = cut(word, ending);
                    for (int from = 0; form != null && form.length() - from >= 4; from++) {
                        String kind = nouns.get(form.substring(from));
                        if (kind != null) {
                            return kind;
                        }
                    }
                }
                return null;
            }
            case INFLECTED -> {
                for (int cut = 0; cut <= 3 && word.length() - cut >= 3; cut++) {
                    String kind = nouns.get(word.substring(0, word.length() - cut));
                    if (kind != null) {
                        return kind;
                    }
                }
                return null;
            }
            default -> {
                String kind = nouns.get(word);
                if (kind == null && (word.endsWith("s") || word.endsWith("x"))) {
                    kind = nouns.get(word.substring(0, word.length() - 1));
                }
                return kind;
            }
        }
    }

    /** Whether the word is a noun that tells a kind ("Minister", "Außenminister", "city"): no given name. */
    static boolean kindNoun(String word, ArticleLanguage language) {
        String lower = Words.lower(word);
        if (lower.isEmpty()) {
            return false;
        }
        if (language == ArticleLanguage.ENGLISH) {
            return kindOf(lower) != null;
        }
        // "Премьер-министр", "Vice-président": a part of the compound tells it
        for (String part : lower.split("[-‐–]")) {
            if (!part.isEmpty() && localKind(part, language.table()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String word, String ending) {
        if (ending.isEmpty()) {
            return word;
        }
        return word.endsWith(ending) && word.length() > ending.length() + 3
                ? word.substring(0, word.length() - ending.length()) : null;
    }

    /** A life-date mark in the subject's bracket ("(* 1890", "(ur. 1890", "(né le"), or two years with a dash. */
    private static boolean localLifeDates(String subject, LanguageTables.Table table) {
        int open = subject.indexOf('(');
        if (open < 0) {
            return false;
        }
        int close = subject.indexOf(')', open);
        String bracket = subject.substring(open + 1, close < 0 ? subject.length() : close).strip();
        for (String mark : table.lifeDates()) {
            if (bracket.startsWith(mark) || bracket.contains(" " + mark) || bracket.contains(";" + mark)) {
                return true;
            }
        }
        return lifeDates(subject);
    }

    static String guess(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = Markup.plain(description.lines().findFirst().orElse("")).strip();
        text = withoutSetting(text);
        int verb = definingVerb(text);
        String subject = verb > 0 ? text.substring(0, verb) : firstSentence(text);
        String kind = headNoun(subject);
        if (kind == null && lifeDates(subject)) {
            kind = PERSON;
        }
        if (kind == null && verb > 0) {
            String predicate = firstSentence(text.substring(verb));
            kind = firstNoun(predicate.substring(0, Math.min(predicate.length(), PREDICATE_CHARS)));
        }
        return OTHER.equals(kind) ? null : kind;
    }

    /** "In law and government, de jure describes …" → "de jure describes …": the setting is not the subject. */
    private static String withoutSetting(String text) {
        if (text.startsWith("In ")) {
            int comma = text.indexOf(", ");
            if (comma > 0 && comma < 80) {
                return text.substring(comma + 2);
            }
        }
        return text;
    }

    private static int definingVerb(String text) {
        int verb = -1;
        for (String defining : ArticleLanguage.ENGLISH.table().definingVerbs()) {
            int at = text.indexOf(defining);
            if (at > 0 && (verb < 0 || at < verb)) {
                verb = at;
            }
        }
        return verb;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The subject's head word: before any apposition, bracket or "of" ("The Grand Duchy of Lithuania" → Duchy). */
    private static String headNoun(String subject) {
        String head = subject;
        for (String stop : List.of(",", "(", " of ")) {
            int at = head.indexOf(stop);
            if (at >= 0) {
                head = head.substring(0, at);
            }
        }
        List<String> words = Words.words(head);
        for (int i = words.size() - 1; i >= 0; i--) {
            String kind = kindOf(words.get(i));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static String firstNoun(String predicate) {
        for (String word : Words.words(predicate.replace('#', ' ').replace('/', ' '))) {
            String kind = kindOf(word);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** "(born …)" or a bracket with two years joined by a dash: "(1 February 1887 – 5 March 1955)". */
    private static boolean lifeDates(String subject) {
        int open = subject.indexOf('(');
        if (open < 0) {
            return false;
        }
        int close = subject.indexOf(')', open);
        String bracket = subject.substring(open + 1, close < 0 ? subject.length() : close);
        if (bracket.startsWith("born ") || bracket.contains(" born ") || bracket.startsWith("b. ")) {
            return true;
        }
        int years = 0;
        for (String word : Words.words(bracket)) {
            if (word.length() >= 3 && word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
                years++;
            }
        }
        return years >= 2 && (bracket.contains("–") || bracket.contains("-") || bracket.contains("—"));
    }

    private static String kindOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String kind = NOUNS.get(lower);
        if (kind == null && lower.endsWith("ies")) {
            kind = NOUNS.get(lower.substring(0, lower.length() - 3) + "y");
        }
        if (kind == null && lower.endsWith("es")) {
            kind = NOUNS.get(lower.substring(0, lower.length() - 2));
        }
        if (kind == null && lower.endsWith("s")) {
            kind = NOUNS.get(lower.substring(0, lower.length() - 1));
        }
        return kind;
    }

    private static Map<String, String> nouns() {
        Map<String, Set<String>> byKind = Map.of(
                PERSON, Set.of("politician", "revolutionary", "statesman", "stateswoman", "diplomat", "officer",
                        "soldier", "journalist", "writer", "poet", "novelist", "author", "philosopher", "historian",
                        "lawyer", "jurist", "priest", "bishop", "archbishop", "cardinal", "pope", "king", "queen",
                        "emperor", "empress", "tsar", "czar", "prince", "princess", "duke", "duchess", "president",
                        "minister", "chancellor", "leader", "activist", "intellectual", "scientist", "economist",
                        "artist", "painter", "composer", "musician", "singer", "actor", "actress", "businessman",
                        "businesswoman", "industrialist", "nobleman", "noblewoman", "aristocrat", "commander",
                        "marshal", "admiral", "monarch", "ruler", "regent", "saint", "theologian", "engineer",
                        "professor", "scholar", "linguist", "teacher", "physician", "explorer", "chairman",
                        "negotiator", "spy", "publicist", "cleric", "rabbi", "hetman", "voivode"),
                PLACE, Set.of("city", "town", "village", "hamlet", "country", "state", "region", "territory",
                        "republic", "capital", "river", "sea", "lake", "mountain", "island", "province",
                        "voivodeship", "county", "municipality", "district", "empire", "duchy", "kingdom",
                        "principality", "reich", "oblast", "governorate", "area", "settlement", "port",
                        "neighbourhood", "neighborhood", "suburb", "valley", "peninsula", "coast", "gulf", "bay",
                        "canton", "commune", "borough", "parish", "city-state", "nation", "metropolis", "colony",
                        "protectorate", "palace", "castle", "building", "square", "street", "fortress", "spa",
                        "resort", "forest", "archipelago", "continent", "voivodship", "gmina",
                        "powiat", "uezd", "guberniya", "seaport", "harbour", "harbor"),
                ORGANISATION, Set.of("newspaper", "magazine", "journal", "periodical", "agency", "army", "navy",
                        "force", "party", "league", "organisation", "organization", "government", "company",
                        "corporation", "council", "committee", "university", "college", "academy", "institute",
                        "church", "bank", "association", "society", "alliance", "movement", "ministry", "police",
                        "parliament", "senate", "court", "tribunal", "cabinet", "militia", "guard", "corps",
                        "brigade", "regiment", "legion", "publisher", "broadcaster", "firm",
                        "foundation", "club", "commission", "secretariat", "directorate", "bureau", "delegation",
                        "embassy", "junta", "politburo", "gendarmerie", "sejm", "seimas", "saeima", "diet"),
                OTHER, Set.of("war", "battle", "treaty", "pact", "agreement", "revolt", "mutiny", "uprising",
                        "rebellion", "revolution", "operation", "invasion", "campaign", "conference", "congress",
                        "coup", "massacre", "election", "referendum", "protocol", "declaration", "doctrine",
                        "ideology", "concept", "practice", "currency", "language", "term", "fortification", "event",
                        "crisis", "occupation", "annexation", "offensive", "siege", "riot", "film", "book", "novel",
                        "song", "album", "law", "act", "constitution", "dynasty", "family", "surname", "name",
                        "policy", "plan", "process", "period", "era", "ceremony", "festival", "holiday", "peace",
                        "armistice", "truce", "ceasefire", "partition", "deportation", "genocide", "famine",
                        "disaster", "expedition", "ultimatum", "strike", "dialect", "script", "line", "border",
                        "boundary", "frontier"));
        Map<String, String> nouns = new HashMap<>();
        byKind.forEach((kind, words) -> words.forEach(word -> nouns.put(word, kind)));
        return Map.copyOf(nouns);
    }
}
