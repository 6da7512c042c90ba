package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes who spoke a quotation, from its own sentence only: the subject of a verb of saying ("Stalin, though
 * nervous, replied …"), the agent of a passive one ("described by The New York Times as …"), "according to …", or
 * an attribution after the quotation ("…," said Urbšys). The name is matched against the linked entities — "Stalin"
 * proposes "Joseph Stalin" — and otherwise proposed as written, unless it is a single word opening the sentence
 * (which may be any capitalised word) or a pronoun. No verb of saying, no speaker.
 */
final class Speakers {

    private static final Set<String> VERBS = Set.of("said", "says", "say", "replied", "replies", "answered",
            "answers", "stated", "declared", "declares", "wrote", "writes", "told", "tells", "added", "adds",
            "announced", "announces", "remarked", "insisted", "argued", "asked", "exclaimed", "proclaimed",
            "responded", "warned", "claimed", "recalled", "noted", "explained", "commented", "described",
            "describes", "called", "calls", "dubbed", "termed", "quipped", "shouted", "cried", "promised", "admitted",
            "concluded", "reported", "protested", "demanded", "urged", "observed", "countered", "retorted", "joked",
            "boasted", "complained", "objected", "conceded", "affirmed", "maintained", "telegraphed", "cabled",
            "apologised", "apologized", "assured", "threatened", "vowed", "labelled", "labeled", "branded",
            "characterised", "characterized", "summarised", "summarized", "quoted");
    /** Verbs whose object is the listener: in "told Urbšys:" Urbšys did not speak. */
    private static final Set<String> TO_LISTENER = Set.of("told", "tells", "asked", "assured", "warned", "promised",
            "urged", "threatened");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be", "being", "get",
            "got", "gets");
    private static final Set<String> ADVERBS = Set.of("then", "later", "also", "once", "again", "still", "even",
            "soon", "afterwards", "allegedly", "reportedly", "famously");
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that",
            "these", "those", "the", "a", "an", "one", "his", "her", "their", "its", "our", "there", "here", "some",
            "many", "most", "both", "each", "all", "someone", "everyone", "nobody", "who", "which");

    private final List<ParsedEntity> entities;

    Speakers(List<ParsedEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** The proposed speaker, from the sentence's words before the quotation and after it; {@code null} if unsure. */
    String of(String before, String after) {
        List<String> tokens = Words.tokens(before);
        for (int v = tokens.size() - 1; v >= 0; v--) {
            String word = Words.lower(tokens.get(v));
            if (word.equals("to") && v >= 1 && Words.lower(tokens.get(v - 1)).equals("according")
                    || word.equals("of") && v >= 3 && Words.lower(tokens.get(v - 1)).equals("words")
                    && Words.lower(tokens.get(v - 2)).equals("the") && Words.lower(tokens.get(v - 3)).equals("in")) {
                return named(runAfter(tokens, v + 1), false);
            }
            if (!VERBS.contains(word) || Words.capitalised(tokens.get(v))) {
                continue;
            }
            return speakerOf(tokens, v);
        }
        List<String> rest = Words.tokens(after);
        int first = 0;
        while (first < rest.size() && Words.core(rest.get(first)).isEmpty()) {
            first++;
        }
        if (first < rest.size() && VERBS.contains(Words.lower(rest.get(first)))) {
            return named(runAfter(rest, first + 1), false);
        }
        Run subject = runAfter(rest, first);
        if (subject != null && subject.end + 1 < rest.size()
                && VERBS.contains(Words.lower(rest.get(subject.end + 1)))) {
            return named(subject, false);
        }
        return null;
    }

    private String speakerOf(List<String> tokens, int verb) {
        for (int k = verb + 1; k <= Math.min(verb + 3, tokens.size() - 1); k++) {
            if (Words.lower(tokens.get(k)).equals("by")) {
                Run agent = runAfter(tokens, k + 1);
                if (agent != null) {
                    return named(agent, false);
                }
            }
        }
        int end = verb - 1;
        while (end >= 0 && adverb(tokens.get(end))) {
            end--;
        }
        if (end >= 0 && AUXILIARIES.contains(Words.lower(tokens.get(end)))) {
            return null;
        }
        Run inverted = TO_LISTENER.contains(Words.lower(tokens.get(verb))) ? null : runAfter(tokens, verb + 1);
        if (inverted != null && inverted.end == tokens.size() - 1) {
            return named(inverted, false);
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
        return named(runEndingAt(tokens, end), true);
    }

    private static boolean adverb(String token) {
        String word = Words.lower(token);
        return !Words.capitalised(token) && !Words.endsClause(token)
                && (ADVERBS.contains(word) || word.length() > 4 && word.endsWith("ly"));
    }

    private record Run(int start, int end, String text) {
    }

    private static Run runAfter(List<String> tokens, int from) {
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

    private static Run runEndingAt(List<String> tokens, int end) {
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

    private static boolean connector(String token) {
        return !Words.capitalised(token) && LinkNames.CONNECTORS.contains(Words.lower(token));
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
        String base = withoutThe(name);
        if (base.isEmpty() || NOT_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String entity = entity(name);
        if (entity != null) {
            return entity;
        }
        boolean openingWord = subject && run.start == 0 && Words.tokens(base).size() == 1;
        return openingWord ? null : name;
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
