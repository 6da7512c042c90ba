package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the glosses in the scraped lines. A gloss is cut off by the scraper and ends with " ..."; it may have
 * several lines (a first paragraph ending a sentence, then the start of the next ones). The line before it is the
 * anchor: it ends with the link text, so it never ends with punctuation. When several starts are possible, the
 * shortest gloss whose first line restates the link text wins, so that no body text is lost.
 *
 * <p>The article's own text can look like a gloss: a paragraph that ends with an ellipsis, under a heading that
 * looks like a link's name. So a line that could be a heading (short, after a sentence's end) anchors a gloss only
 * if the text after the gloss carries on the anchor's sentence, or the anchor is nothing but a name that the gloss
 * defines ("Moscow" + "Moscow is …"); so does a list item. A gloss of several lines is taken only if its first line
 * restates and defines the link ("Minsk may refer to:", "The Polish–Soviet War … was fought …"), none of its lines
 * carries on the line before (as the body's text does after a link), none but the last stops mid-sentence ("…
 * against the"), and the text after it carries on the anchor's sentence. A line with no link before it is a gloss
 * only after another gloss (or before one, at the very start) and when it does not carry on the body.
 */
final class Glosses {

    private static final int MAX_LINES = 8;
    private static final int MAX_CHARS = 1500;
    /** What may follow a sentence's end on its line: closing quotes and brackets, spaces, a link's end mark. */
    private static final String CLOSERS = "\"”’»'[] \uFDD0";
    /** Quotation marks that close only where they stand right after a word: „…“, »…«, ‘…’. */
    private static final String ATTACHED_CLOSERS = "“„«‘";
    private static final String QUOTES = "\"“”„«»‘’'";
    /** How far into its first line a gloss names what its subject is. */
    private static final int DEFINITION_CHARS = 250;
    private static final List<String> DEFINING_VERBS = List.of(" is ", " was ", " are ", " were ", " may refer",
            " refers ", " describes ", " took place", " has been ",
            " ist ", " war ", " sind ", " waren ", " bezeichnet ", // de
            " est ", " était ", " fut ", " désigne ", // fr
            " jest ", " był ", " była ", " było ", " byli ", // pl
            " yra ", " buvo ", // lt
            " — ", " является ", " был ", " была ", " было "); // ru

    private Glosses() {
    }

    static List<Gloss> in(List<String> lines) {
        List<Gloss> glosses = new ArrayList<>();
        int consumed = -1;
        for (int end = 0; end < lines.size(); end++) {
            if (end <= consumed) {
                continue;
            }
            if (!truncated(lines.get(end))) {
                Optional<LinkName> uncut = uncutGlossOf(lines, end, consumed);
                if (uncut.isPresent()) {
                    glosses.add(new Gloss(end - 1, end, end, uncut.get(), description(lines, end, end)));
                    consumed = end;
                }
                continue;
            }
            int best = -1;
            LinkName bestLink = null;
            int chars = 0;
            for (int first = end; first > consumed + 1 && first > end - MAX_LINES; first--) {
                String line = lines.get(first);
                chars += line.length();
                if (line.isEmpty() || chars > MAX_CHARS) {
                    break;
                }
                if (first < end && !endsSentence(line) || !anchorLike(lines.get(first - 1))) {
                    continue;
                }
                LinkName link = LinkNames.of(lines.get(first - 1), line);
                if (!link.text().isEmpty() && (bestLink == null || bestLink.restated() == 0 && link.restated() > 0)
                        && describes(lines, first - 1, end, link, consumed)) {
                    best = first;
                    bestLink = link;
                }
            }
            if (best >= 0) {
                glosses.add(new Gloss(best - 1, best, end, bestLink, description(lines, best, end)));
                consumed = end;
            } else if (end == consumed + 1 && (end == 0 ? end + 1 < lines.size() && truncated(lines.get(end + 1))
                    : !ArticleLayout.continues(lines.get(end), lines.get(end - 1)))) {
                // a second gloss in a row, or glosses at the very start; a line that carries on is the body's
                glosses.add(new Gloss(-1, end, end, null, description(lines, end, end)));
                consumed = end;
            }
        }
        return glosses;
    }

    /**
     * A gloss the scraper did not cut off with " ...": one line right after a link in the middle of a sentence, that
     * restates the link's name and defines it ("Hitler-Stalin-Pakt" + "Der Hitler-Stalin-Pakt war …"), ends a
     * sentence, and after which the sentence the link stands in goes on ("war Lettland …"). All four, or it is body.
     */
    private static Optional<LinkName> uncutGlossOf(List<String> lines, int line, int consumed) {
        int anchor = line - 1;
        if (anchor <= consumed + 1 || !anchorLike(lines.get(anchor)) || !endsSentence(lines.get(line))) {
            return Optional.empty();
        }
        LinkName link = LinkNames.of(lines.get(anchor), lines.get(line));
        if (link.text().isEmpty() || link.restated() == 0 || !defines(lines.get(line))) {
            return Optional.empty();
        }
        String before = lines.get(anchor - 1);
        boolean wordsBeforeLink = Words.tokens(Markup.plain(lines.get(anchor))).size()
                > Words.tokens(link.text()).size();
        boolean sentenceBefore = !before.isEmpty() && !endsSentence(before) && !ArticleLayout.listItem(before)
                && (!ArticleLayout.headingLike(before) || endsInLowerCase(before));
        if (!wordsBeforeLink && !sentenceBefore) {
            return Optional.empty(); // the link does not stand inside a sentence
        }
        int next = line + 1;
        while (next < lines.size() && !lines.get(next).isEmpty() && Markup.plain(lines.get(next)).isBlank()) {
            next++;
        }
        boolean carriedOn = next < lines.size() && !lines.get(next).isEmpty()
                && ArticleLayout.continues(lines.get(next), lines.get(anchor));
        return carriedOn ? Optional.of(link) : Optional.empty();
    }

    /** Whether the line's last word starts in lower case ("… zum", "… of the"): a sentence going on, no heading. */
    private static boolean endsInLowerCase(String line) {
        List<String> words = Words.tokens(Markup.plain(line));
        return !words.isEmpty() && Character.isLowerCase(words.get(words.size() - 1).codePointAt(0));
    }

    /** Whether lines {@code anchor + 1 .. end} can be the gloss of the link that ends line {@code anchor}. */
    private static boolean describes(List<String> lines, int anchor, int end, LinkName link, int consumed) {
        String anchorLine = lines.get(anchor);
        int next = end + 1;
        while (next < lines.size() && !lines.get(next).isEmpty() && Markup.plain(lines.get(next)).isBlank()) {
            // a line of brackets ("[") or citation remnants: the words after it tell
            next++;
        }
        boolean carriedOn = next < lines.size() && !lines.get(next).isEmpty()
                && ArticleLayout.continues(lines.get(next), anchorLine);
        if (end > anchor + 1) {
            if (link.restated() == 0 || !carriedOn || !defines(lines.get(anchor + 1))) {
                return false;
            }
            for (int i = anchor + 2; i <= end; i++) {
                if (ArticleLayout.continues(lines.get(i), lines.get(i - 1)) || i < end && ArticleLayout.opensOnto(
                        lines.get(i))) {
                    return false;
                }
            }
        }
        if (carriedOn || !headingAnchor(lines, anchor, consumed) && !ArticleLayout.listItem(anchorLine)) {
            return true;
        }
        // "Moscow" + "Moscow is the capital …" and nothing after: a link standing alone, not a heading
        return link.restated() == Words.tokens(Markup.plain(anchorLine)).size() && defines(lines.get(anchor + 1));
    }

    /** Whether a line starts the way an encyclopedia defines its subject: "Moscow is …", "The treaty was …". */
    private static boolean defines(String line) {
        String head = Markup.plain(line);
        head = head.substring(0, Math.min(head.length(), DEFINITION_CHARS));
        return DEFINING_VERBS.stream().anyMatch(head::contains);
    }

    /** Whether the line could be a section heading: heading-like, first, or after a sentence, gloss or heading. */
    private static boolean headingAnchor(List<String> lines, int anchor, int consumed) {
        if (!ArticleLayout.headingLike(lines.get(anchor))) {
            return false;
        }
        int previous = anchor - 1;
        while (previous > consumed && !lines.get(previous).isEmpty() && Markup.plain(lines.get(previous)).isBlank()) {
            // "[2]": a citation remnant on a line of its own belongs to the sentence before it
            previous--;
        }
        if (previous < 0 || previous == consumed) {
            return true;
        }
        String before = lines.get(previous);
        return before.isEmpty() || endsSentence(before) || ArticleLayout.listItem(before)
                || ArticleLayout.headingLike(before);
    }

    static boolean truncated(String line) {
        return line.endsWith(" ...") || line.endsWith(" …");
    }

    /**
     * Whether a line ends a sentence (or introduces a list with a colon), closing quotes, brackets and citation
     * remnants ({@code [1]}, {@code [citation needed]}) aside. A quotation mark that closes on the line's last word
     * ("… wünscht“", "… the “Riga line”", "… ‚Frieden‘") ends the sentence as well: what follows on the next line
     * starts anew. Two apostrophes close wiki italics, not a quotation.
     */
    static boolean endsSentence(String line) {
        int end = line.length();
        boolean closedQuote = false;
        while (end > 0) {
            char c = line.charAt(end - 1);
            int remnant = Markup.remnantBefore(line, end);
            // a quotation mark that starts the line closes on the word at the end of the line before
            boolean attached = end == 1 || !Character.isWhitespace(line.charAt(end - 2));
            if (remnant >= 0) {
                end = remnant;
            } else if (CLOSERS.indexOf(c) >= 0 || attached && ATTACHED_CLOSERS.indexOf(c) >= 0) {
                closedQuote |= attached && QUOTES.indexOf(c) >= 0 && !(c == '\'' && end > 1
                        && line.charAt(end - 2) == '\'');
                end--;
            } else {
                break;
            }
        }
        if (end == 0 || closedQuote) {
            return closedQuote;
        }
        char last = line.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static boolean anchorLike(String line) {
        if (line.isEmpty() || truncated(line) || line.startsWith("{{") || endsSentence(line)
                || ArticleLayout.categoryLine(line)) {
            return false;
        }
        String plain = Markup.plain(line).stripTrailing();
        if (plain.isEmpty()) {
            return false;
        }
        char last = plain.charAt(plain.length() - 1);
        return ".,;:!?".indexOf(last) < 0;
    }

    private static String description(List<String> lines, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            text.append(lines.get(i));
        }
        String description = text.toString();
        description = description.substring(0, description.length()
                - (description.endsWith(" ...") ? 4 : description.endsWith(" …") ? 2 : 0));
        description = Markup.plain(description).strip();
        while (description.endsWith("\uFFFD")) {
            description = description.substring(0, description.length() - 1).strip();
        }
        return description;
    }
}
