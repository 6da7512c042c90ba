package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposes who spoke a quotation, from its own sentence: the subject of a verb of saying ("Stalin, though
 * nervous, replied …"), the agent of a passive one ("described by The New York Times as …"), "according to …", or
 * an attribution after the quotation ("…," said Urbšys; "…", sagte Molotow) — with the verbs and words of the
 * article's language ({@link LanguageTables}). The name is matched against the linked entities — "Stalin" proposes
 * "Joseph Stalin" — and otherwise proposed as written; a lone surname the article gave in full earlier ("Karl
 * Selter … Selter later wrote") is proposed by the full name. A single word opening the sentence that the article
 * never gave in full (which may be any capitalised word) is no speaker. A pronoun (he, er, on, jis, il, он …) that is
 * the speaking subject — before the verb, after it ("said he", "schrieb er"), or in the clause a conjunction joins
 * the verb to ("brach er die Verhandlungen ab und erklärte") — stands for the nearest person named before the
 * sentence ({@link Earlier}), unless the sentence itself names another first. No verb of saying, no speaker.
 */
final class Speakers {

    /**
     * What the text before a quotation's sentence knows of people: the nearest person named before a position, and
     * the full name ("Karl Selter") a lone surname ("Selter") stands for.
     */
    interface Earlier {
        /** The nearest person named before the sentence, or {@code null} when none, or when the sentence names one. */
        String personBefore();

        /** The full name, named earlier, that ends with the word; {@code null} when there is none or several. */
        String fullName(String surname);
    }

    private static final Earlier NOTHING_EARLIER = new Earlier() {
        @Override
        public String personBefore() {
            return null;
        }

        @Override
        public String fullName(String surname) {
            return null;
        }
    };

    private final List<ParsedEntity> entities;
    private final LanguageTables.Table table;
    private final ArticleLanguage language;
    private Earlier earlier = NOTHING_EARLIER;

    Speakers(List<ParsedEntity> entities) {
        this(entities, ArticleLanguage.ENGLISH);
    }

    Speakers(List<ParsedEntity> entities, ArticleLanguage language) {
        this.entities = List.copyOf(entities);
        this.table = language.table();
        this.language = language;
    }

    ArticleLanguage language() {
        return language;
    }

    /** The proposed speaker, from the sentence's words before the quotation and after it; {@code null} if unsure. */
    String of(String before, String after) {
        return of(before, after, NOTHING_EARLIER);
    }

    /**
     * As {@link #of(String, String)}, and where the sentence has only a pronoun ("he wrote", "sagte er") or a lone
     * word opening it ("Selter later wrote"), what the earlier text knows: the nearest person named before, the full
     * name the word ends.
     */
    String of(String before, String after, Earlier context) {
        this.earlier = context;
        try {
            return speaker(before, after);
        } finally {
            this.earlier = NOTHING_EARLIER;
        }
    }

    private String speaker(String before, String after) {
        List<String> tokens = Words.tokens(before);
        for (int v = tokens.size() - 1; v >= 0; v--) {
            String word = Words.lower(tokens.get(v));
            if (leadInEndsAt(tokens, v)) {
                return named(runAfter(tokens, v + 1), false);
            }
            if (!table.verbs().contains(word) || Words.capitalised(tokens.get(v))) {
                continue;
            }
            return speakerOf(tokens, v);
        }
        List<String> rest = Words.tokens(after);
        int first = 0;
        while (first < rest.size() && Words.core(rest.get(first)).isEmpty()) {
            first++;
        }
        if (first < rest.size() && table.verbs().contains(Words.lower(rest.get(first)))) {
            if (first + 1 < rest.size() && pronoun(rest.get(first + 1))) {
                return earlier.personBefore();
            }
            return named(runAfter(rest, first + 1), false);
        }
        if (first + 1 < rest.size() && pronoun(rest.get(first))
                && table.verbs().contains(Words.lower(rest.get(first + 1)))) {
            return earlier.personBefore();
        }
        Run subject = runAfter(rest, first);
        if (subject != null && subject.end + 1 < rest.size()
                && table.verbs().contains(Words.lower(rest.get(subject.end + 1)))) {
            return named(subject, false);
        }
        return null;
    }

    /** Whether one of the language's lead-ins ("according to", "laut", "według") ends with the token at {@code v}. */
    private boolean leadInEndsAt(List<String> tokens, int v) {
        for (List<String> leadIn : table.leadIns()) {
            int from = v - leadIn.size() + 1;
            if (from < 0) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < leadIn.size() && matches; k++) {
                matches = Words.lower(tokens.get(from + k)).equals(leadIn.get(k))
                        && (k == leadIn.size() - 1 || !Words.endsClause(tokens.get(from + k)));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private boolean pronoun(String token) {
        return table.pronouns().contains(Words.lower(token));
    }

    private String speakerOf(List<String> tokens, int verb) {
        for (int k = verb + 1; k <= Math.min(verb + 3, tokens.size() - 1); k++) {
            if (table.agents().contains(Words.lower(tokens.get(k)))) {
                Run agent = runAfter(tokens, k + 1);
                if (agent != null) {
                    return named(agent, false);
                }
            }
        }
        int end = verb - 1;
        while (end >= 0 && (adverb(tokens.get(end)) || table.tenseAuxiliaries().contains(tokens.get(end)))) {
            end--;
        }
        if (end >= 0 && table.auxiliaries().contains(Words.lower(tokens.get(end)))) {
            return null;
        }
        boolean toListener = table.toListener().contains(Words.lower(tokens.get(verb)));
        Run inverted = toListener ? null : runAfter(tokens, verb + 1);
        if (inverted != null && inverted.end == tokens.size() - 1) {
            return named(inverted, false);
        }
        if (!toListener && verb + 1 < tokens.size() && pronoun(tokens.get(verb + 1))
                && tokens.subList(verb + 2, tokens.size()).stream().allMatch(this::adverbOrMark)) {
            // "Später schrieb er:", "powiedział on wtedy:"
            return earlier.personBefore();
        }
        if (end >= 0 && pronoun(tokens.get(end)) && (end == 0 || !Words.capitalised(tokens.get(end)))) {
            // "He wrote", "Later he wrote", "Il a déclaré"
            return earlier.personBefore();
        }
        if (end > 0 && table.conjunctions().contains(Words.lower(tokens.get(end)))
                && !Words.capitalised(tokens.get(end))) {
            // "brach er die Verhandlungen ab und erklärte": the subject of the clause before
            return coordinatedSubject(tokens, end);
        }
        if (end >= 0 && tokens.get(end).endsWith(",") && !Words.capitalised(tokens.get(end))) {
            // an aside between subject and verb: "Stalin, though nervous, replied"
            for (int k = end - 1; k >= Math.max(0, end - 8); k--) {
                if (tokens.get(k).endsWith(",")) {
                    end = k;
                    break;
                }
            }
        }
        Run subject = runEndingAt(tokens, end);
        if (subject != null && subject.start > 0 && table != ArticleLanguage.ENGLISH.table()
                && table.openEndings().contains(Words.lower(tokens.get(subject.start - 1)))
                && !Words.capitalised(tokens.get(subject.start - 1))) {
            // "rząd w Kownie napisał": the place of the subject, not the subject
            return null;
        }
        return named(subject, true);
    }

    /**
     * The subject of the clause that ends before the conjunction at {@code conjunction}: a pronoun in it stands for the
     * nearest person named before, a linked person is themselves; anything else is no speaker.
     */
    private String coordinatedSubject(List<String> tokens, int conjunction) {
        int start = conjunction;
        while (start > 0 && ",;:".indexOf(last(tokens.get(start - 1))) < 0) {
            start--;
        }
        for (int k = start; k < conjunction; k++) {
            String token = tokens.get(k);
            if (pronoun(token) && (k == start || !Words.capitalised(token))) {
                return earlier.personBefore();
            }
            Run run = Words.capitalised(token) ? runAfter(tokens, k) : null;
            if (run != null && run.end < conjunction) {
                String entity = entity(run.text);
                if (entity != null && entities.stream().anyMatch(e -> e.name().equals(entity)
                        && EntityKinds.PERSON.equals(e.typeGuess()))) {
                    return entity;
                }
            }
        }
        return null;
    }

    private static char last(String token) {
        return token.charAt(token.length() - 1);
    }

    private boolean adverbOrMark(String token) {
        String core = Words.core(token);
        return core.isEmpty() || table.adverbs().contains(core.toLowerCase(Locale.ROOT));
    }

    private boolean adverb(String token) {
        String word = Words.lower(token);
        return !Words.capitalised(token) && !Words.endsClause(token)
                && (table.adverbs().contains(word) || table == ArticleLanguage.ENGLISH.table()
                && word.length() > 4 && word.endsWith("ly"));
    }

    private record Run(int start, int end, String text) {
    }

    private Run runAfter(List<String> tokens, int from) {
        if (from >= tokens.size() || !Words.capitalised(tokens.get(from))) {
            return null;
        }
        int end = from;
        while (end + 1 < tokens.size() && !Words.endsClause(tokens.get(end))) {
            if (Words.capitalised(tokens.get(end + 1))) {
                end++;
            } else if (end + 2 < tokens.size() && connector(tokens.get(end + 1))
                    && Words.capitalised(tokens.get(end + 2))) {
                end += 2;
            } else {
                break;
            }
        }
        return run(tokens, from, end);
    }

    private Run runEndingAt(List<String> tokens, int end) {
        if (end < 0 || !Words.capitalised(tokens.get(end))) {
            return null;
        }
        int start = end;
        while (start >= 1 && !Words.endsClause(tokens.get(start - 1))) {
            if (Words.capitalised(tokens.get(start - 1))) {
                start--;
            } else if (start >= 2 && connector(tokens.get(start - 1)) && Words.capitalised(tokens.get(start - 2))
                    && !Words.endsClause(tokens.get(start - 2))) {
                start -= 2;
            } else {
                break;
            }
        }
        return run(tokens, start, end);
    }

    /** "of", "von", "de" join a name's parts; not an article of the language ("sagte Molotow den Esten"). */
    private boolean connector(String token) {
        String word = Words.lower(token);
        return !Words.capitalised(token) && LinkNames.CONNECTORS.contains(word)
                && (table == ArticleLanguage.ENGLISH.table() || !table.notNames().contains(word));
    }

    private static Run run(List<String> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            String token = tokens.get(i);
            boolean edge = i == end || i == start && !Words.initialOrTitle(token);
            words.add(edge ? Words.core(token) : Markup.plain(token));
        }
        return new Run(start, end, String.join(" ", words));
    }

    private String named(Run run, boolean subject) {
        if (run == null) {
            return null;
        }
        String name = run.text;
        if (table != ArticleLanguage.ENGLISH.table()) {
            name = withoutArticleAndRole(name);
        }
        String base = withoutThe(name);
        if (base.isEmpty() || table.notNames().contains(base.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String entity = entity(name);
        if (entity != null) {
            return entity;
        }
        boolean oneWord = Words.tokens(base).size() == 1;
        String full = oneWord ? earlier.fullName(base) : null;
        if (full != null) {
            return entity(full) != null ? entity(full) : full;
        }
        boolean openingWord = subject && run.start == 0 && oneWord;
        return openingWord ? null : name;
    }

    /**
     * The name without the article and the nouns of office before it: "Der Oppositionspolitiker Jaan Tõnisson" →
     * "Jaan Tõnisson"; "Der Minister" → "" (no name).
     */
    private String withoutArticleAndRole(String name) {
        List<String> words = Words.tokens(name);
        int first = 0;
        while (first < words.size() && (table.notNames().contains(Words.lower(words.get(first)))
                || EntityKinds.kindNoun(words.get(first), language))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** The linked entity the name stands for: the same name, or the one entity (person first) it is part of. */
    private String entity(String name) {
        String base = withoutThe(name);
        for (ParsedEntity entity : entities) {
            if (entity.name().equalsIgnoreCase(name) || withoutThe(entity.name()).equalsIgnoreCase(base)) {
                return entity.name();
            }
        }
        List<ParsedEntity> containing = new ArrayList<>();
        List<String> words = Words.words(base);
        for (ParsedEntity entity : entities) {
            if (containsRun(Words.words(entity.name()), words)) {
                containing.add(entity);
            }
        }
        if (containing.size() == 1) {
            return containing.get(0).name();
        }
        List<ParsedEntity> people = containing.stream()
                .filter(entity -> EntityKinds.PERSON.equals(entity.typeGuess())).toList();
        return people.size() == 1 ? people.get(0).name() : null;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() > words.size()) {
            return false;
        }
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutThe(String name) {
        return name.startsWith("The ") ? name.substring(4).strip() : name.strip();
    }
}
