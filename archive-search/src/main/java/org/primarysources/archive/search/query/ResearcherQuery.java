package org.primarysources.archive.search.query;

import org.primarysources.archive.core.error.InvalidInputException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The researcher's query syntax, parsed here so that no user text ever reaches OpenSearch's {@code query_string}
 * parser (which would let anyone name fields, write regular expressions or wildcards, or fail with a parse error):
 * <ul>
 *   <li>words — all must match (in any searched field);</li>
 *   <li>{@code "a phrase"} — the words in this order; a quote left open is ignored;</li>
 *   <li>{@code -word} or {@code -"a phrase"} — must not match;</li>
 *   <li>{@code a OR b} (upper case) — either; binds tighter than the implicit AND: {@code a b OR c} is a and
 *       (b or c).</li>
 * </ul>
 * Everything else is text: {@code *}, {@code ?}, {@code ~}, {@code :}, {@code /}, parentheses and backslashes are
 * escaped, so {@code *:*} or {@code /.*}{@code /} are just (empty) words. The result is rendered as a
 * {@code simple_query_string} whose flags allow only what is rendered here ({@link #FLAGS}).
 */
final class ResearcherQuery {

    /** At most this many words (a phrase counts its words): each word becomes one query clause per field. */
    static final int MAX_TERMS = 64;
    /**
     * Typo tolerance and the proximity boost are tried only on short queries of plain words (each fuzzy word
     * expands to many terms; phrases and operators say precisely what is wanted).
     */
    static final int MAX_FUZZY_WORDS = 8;
    /** The only simple_query_string operators enabled: no PREFIX ({@code *}), FUZZY, NEAR/SLOP ({@code ~}). */
    static final String FLAGS = "AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE";

    private static final String SPECIAL = "\\+-=&|><!(){}[]^\"~*?:/";

    /** A word or phrase, kept as the researcher wrote it (escaping happens when it is rendered). */
    record Clause(String text, boolean phrase) {
    }

    private final List<List<Clause>> required;
    private final List<Clause> excluded;
    private final int terms;

    private ResearcherQuery(List<List<Clause>> required, List<Clause> excluded, int terms) {
        this.required = required;
        this.excluded = excluded;
        this.terms = terms;
    }

    static ResearcherQuery parse(String q) {
        String text = clean(q == null ? "" : q);
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            int last = text.lastIndexOf('"');
            text = text.substring(0, last) + ' ' + text.substring(last + 1);
        }
        List<List<Clause>> required = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        boolean orPending = false;
        boolean lastWasRequired = false;
        int terms = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                c = text.charAt(++i);
            }
            Clause clause;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                clause = new Clause(text.substring(i + 1, close).trim().replaceAll("\\s+", " "), true);
                i = close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                if (!negated && word.equals("OR")) {
                    orPending = lastWasRequired;
                    continue;
                }
                clause = new Clause(word, false);
            }
            int clauseTerms = countTerms(clause.text());
            if (clauseTerms == 0) {
                continue; // nothing the analysers would keep: punctuation, operators of other syntaxes
            }
            terms += clauseTerms;
            if (terms > MAX_TERMS) {
                throw new InvalidInputException("q", "a query has at most " + MAX_TERMS + " words");
            }
            if (negated) {
                excluded.add(clause);
                orPending = false;
                lastWasRequired = false;
            } else {
                if (orPending) {
                    required.get(required.size() - 1).add(clause);
                } else {
                    required.add(new ArrayList<>(List.of(clause)));
                }
                orPending = false;
                lastWasRequired = true;
            }
        }
        return new ResearcherQuery(required, excluded, terms);
    }

    /** Nothing to match on: everything (but nothing excluded either). */
    boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** Plain words only: no phrase, no exclusion, no OR. */
    boolean isPlainWords() {
        return excluded.isEmpty() && required.stream().allMatch(group -> group.size() == 1 && !group.get(0).phrase());
    }

    int terms() {
        return terms;
    }

    List<List<Clause>> required() {
        return required;
    }

    List<Clause> excluded() {
        return excluded;
    }

    /** The query as simple_query_string syntax: every character of the researcher's text escaped. */
    String simpleQueryString() {
        List<String> parts = new ArrayList<>();
        for (List<Clause> group : required) {
            parts.add(group.size() == 1 ? render(group.get(0))
                    : group.stream().map(ResearcherQuery::render).collect(Collectors.joining(" | ", "(", ")")));
        }
        for (Clause clause : excluded) {
            parts.add("-" + render(clause));
        }
        return String.join(" ", parts);
    }

    /** The plain words, for a typo-tolerant match query (which has no syntax at all). */
    String plainWords() {
        return required.stream().map(group -> group.get(0).text()).collect(Collectors.joining(" "));
    }

    /** True when the text holds no unpaired surrogate and no control character (safe to send as JSON). */
    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1 || Character.isISOControl(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String render(Clause clause) {
        String escaped = escape(clause.text());
        return clause.phrase() ? "\"" + escaped + "\"" : escaped;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Roughly how many tokens the standard tokenizer makes of the text: runs of letters and digits, but each
     * ideograph or kana on its own (as that tokenizer splits them).
     */
    static int countTerms(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return count;
    }

    /**
     * Control characters and unpaired surrogates become spaces (they could not be sent as JSON); the rest is put in
     * NFC, so a letter typed as base letter + combining accent matches the precomposed letter.
     */
    private static String clean(String q) {
        StringBuilder out = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); ) {
            int cp = q.codePointAt(i);
            int width = Character.charCount(cp);
            boolean unpaired = width == 1 && Character.isSurrogate((char) cp);
            out.appendCodePoint(unpaired || Character.isISOControl(cp) ? ' ' : cp);
            i += width;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
