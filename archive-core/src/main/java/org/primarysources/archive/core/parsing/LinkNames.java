package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the link text at the end of the line a gloss follows. The scraper keeps the link inline, so the line is
 * "…signed between the" + "Soviet Union" on its own line, or "…Urbšys arrived in Moscow" with the name as its last
 * words. The gloss usually restates the name ("Moscow is the capital …", "The Russian Empire was …"), which tells
 * how many trailing words are the name; a citation bracket right before the name ("…of ]Druskininkai") marks where
 * it starts.
 */
final class LinkNames {

    private static final int MAX_NAME_WORDS = 12;
    private static final int BRACKETED_NAME_WORDS = 6;
    private static final int STANDALONE_NAME_WORDS = 5;
    /** How far apart two words of the name may stand in the gloss ("Joseph [Vissarionovich] Stalin"). */
    private static final int GAP = 3;
    private static final int HEAD_WITHOUT_VERB = 150;
    private static final int HEAD_WITH_VERB = 250;
    private static final List<String> DEFINING_VERBS = List.of(" is ", " was ", " are ", " were ", " may refer",
            " refers ", " describes ", " took place", " has been ");
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on",
            "at", "by", "to", "from", "into", "with", "for", "as", "or", "over", "under", "between", "about");
    /** Lower-case words that join the parts of a proper name: "Peace of Riga", "Ludwig van Beethoven". */
    static final Set<String> CONNECTORS = Set.of("of", "de", "du", "des", "del", "della", "di", "da", "von", "van",
            "der", "den", "la", "le", "al");

    private LinkNames() {
    }

    static LinkName of(String anchorLine, String glossLine) {
        String line = anchorLine.strip();
        int cut = Math.max(line.lastIndexOf('['), line.lastIndexOf(']'));
        List<String> segment = Words.tokens(line.substring(cut + 1));
        List<String> run = trailingRun(segment);
        if (run.isEmpty()) {
            return new LinkName("", 0, false);
        }
        int restated = restated(run, Words.words(head(glossLine)));
        // a closing citation bracket glued to the link text marks where it starts: "… the vicinity of ]Druskininkai"
        boolean bracketed = cut >= 0 && line.charAt(cut) == ']' && cut + 1 < line.length()
                && !Character.isWhitespace(line.charAt(cut + 1))
                && run.size() == segment.size() && run.size() <= BRACKETED_NAME_WORDS;
        int from;
        if (bracketed || restated == run.size()) {
            from = 0;
        } else if (restated > 0) {
            from = run.size() - restated;
        } else {
            boolean standalone = cut < 0 && run.size() == segment.size() && run.size() <= STANDALONE_NAME_WORDS;
            from = standalone ? 0 : capitalisedStart(run);
        }
        int start = trimmedStart(run, from);
        String name = join(run, start);
        String last = run.get(run.size() - 1);
        if (restated == 0 && !Words.capitalised(last) && LEADING_FUNCTION_WORDS.contains(Words.lower(last))) {
            // a link text never ends in "in" or "the": the line ends before the link, which the gloss names
            return new LinkName(subject(glossLine), 0, false);
        }
        return new LinkName(name, restated, true);
    }

    /** What a gloss is about: its words before any bracket, comma or defining verb, without a leading "The". */
    private static String subject(String glossLine) {
        String subject = head(glossLine);
        for (String stop : List.of(" (", ",")) {
            int at = subject.indexOf(stop);
            if (at >= 0) {
                subject = subject.substring(0, at);
            }
        }
        subject = Markup.spacing(subject);
        return subject.startsWith("The ") ? subject.substring(4) : subject;
    }

    /** The words right before the line's end that can belong to one name: no clause punctuation in between. */
    private static List<String> trailingRun(List<String> segment) {
        List<String> run = new ArrayList<>();
        for (int i = segment.size() - 1; i >= 0 && run.size() < MAX_NAME_WORDS; i--) {
            String token = segment.get(i);
            if (Words.core(token).isEmpty()
                    || !run.isEmpty() && (Words.endsClause(token) || token.startsWith("(") || token.endsWith(")"))) {
                break;
            }
            run.add(0, token);
        }
        return run;
    }

    /** The beginning of a gloss, where it restates its subject: up to its defining verb. */
    static String head(String glossLine) {
        String plain = Markup.plain(glossLine);
        int verb = -1;
        for (String defining : DEFINING_VERBS) {
            int at = plain.indexOf(defining);
            if (at > 0 && (verb < 0 || at < verb)) {
                verb = at;
            }
        }
        if (verb > 0 && verb <= HEAD_WITH_VERB) {
            return plain.substring(0, verb);
        }
        return plain.substring(0, Math.min(plain.length(), HEAD_WITHOUT_VERB));
    }

    /** How many trailing words of the run the head restates, in order and close together. */
    private static int restated(List<String> run, List<String> head) {
        int best = 0;
        String last = Words.lower(run.get(run.size() - 1));
        for (int j = 0; j < head.size(); j++) {
            if (!Words.same(head.get(j), last)) {
                continue;
            }
            int count = 1;
            int at = j;
            for (int r = run.size() - 2; r >= 0; r--) {
                String word = Words.lower(run.get(r));
                int found = -1;
                for (int p = at - 1; p >= Math.max(0, at - GAP); p--) {
                    if (Words.same(head.get(p), word)) {
                        found = p;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                count++;
                at = found;
            }
            best = Math.max(best, count);
        }
        return best;
    }

    /** Where a trailing proper name starts ("… the Peace of Riga" → "Peace"); the last word when it is lower case. */
    private static int capitalisedStart(List<String> run) {
        int i = run.size() - 1;
        if (!Words.capitalised(run.get(i))) {
            return i;
        }
        while (i >= 1) {
            if (Words.capitalised(run.get(i - 1))) {
                i--;
            } else if (i >= 2 && connector(run.get(i - 1)) && Words.capitalised(run.get(i - 2))) {
                i -= 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Drops leading function words ("the", "of") and a leading "The" unless it opens an italic title
     * ({@code ''The New York Times''}); a name cut at "of" is taken back to its capitalised first part.
     */
    private static int trimmedStart(List<String> run, int from) {
        int i = from;
        while (i < run.size() - 1) {
            String token = run.get(i);
            boolean functionWord = LEADING_FUNCTION_WORDS.contains(Words.lower(token)) && !Words.capitalised(token);
            boolean plainThe = Words.core(token).equals("The") && !token.startsWith("''");
            if (!functionWord && !plainThe) {
                break;
            }
            i++;
        }
        while (i >= 2 && connector(run.get(i - 1)) && Words.capitalised(run.get(i - 2)) && !the(run.get(i - 2))) {
            i -= 2;
            while (i >= 1 && Words.capitalised(run.get(i - 1)) && !the(run.get(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static boolean connector(String token) {
        return !Words.capitalised(token) && CONNECTORS.contains(Words.lower(token));
    }

    private static boolean the(String token) {
        return Words.core(token).equals("The");
    }

    private static String join(List<String> run, int from) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < run.size(); i++) {
            String token = Markup.plain(run.get(i)).strip();
            if (token.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(token);
        }
        return name.toString();
    }
}
