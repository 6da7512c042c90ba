package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.primarysources.archive.core.parsing.ScrapedText.LINK_END;

/**
 * Puts the body back together once the glosses are out. The scraper broke a line at every link, so a line continues
 * the one before it when it starts with punctuation, a closing quotation mark or a lower-case word (citation
 * remnants aside), or when the one before stopped mid-sentence; it starts a new paragraph otherwise. A short line
 * without final punctuation that stands between paragraphs is a heading. List items ({@code *}, {@code #}) are lines
 * of their own. "See also", "References", {@code {{DEFAULTSORT:…}}} and what follows are end matter: not body; the
 * categories are taken from there. The glosses, the end matter and category lines are noted as removals, and each
 * block knows where its characters stand in the source.
 */
final class ArticleLayout {

    /** How far back a quotation may have opened for a line that closes it to go on the same paragraph. */
    private static final int OPEN_QUOTATION_CHARS = 1_000;

    private static final Set<String> END_SECTIONS = Set.of("see also", "references", "notes", "notes and references",
            "footnotes", "citations", "sources", "bibliography", "further reading", "external links", "works cited",
            "categories");
    private static final int HEADING_CHARS = 80;
    private static final int HEADING_WORDS = 10;
    private static final int BARE_NAME_WORDS = 6;
    private static final int INITIAL_ORIGINS = 256;
    /** A heading does not end with one of these: "After the end of" goes on in the next line. */
    private static final Set<String> OPEN_ENDINGS = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "into", "between", "than", "that", "which", "near", "against",
            "after", "before", "under", "over", "about", "towards", "toward", "without", "within", "through", "during",
            "since", "until", "among", "its", "their", "his", "her");

    private final List<String> lines;
    private final SourceMap map;
    private final Removals removals;
    private final List<Integer> content = new ArrayList<>();
    private final Gloss[] glossAfter;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private BlockBuilder current;

    private ArticleLayout(List<String> lines, List<Gloss> glosses, SourceMap map, Removals removals) {
        this.lines = lines;
        this.map = map;
        this.removals = removals;
        this.glossAfter = new Gloss[lines.size()];
        boolean[] gloss = new boolean[lines.size()];
        for (Gloss g : glosses) {
            for (int i = g.first(); i <= g.last(); i++) {
                gloss[i] = true;
            }
            if (!g.orphan()) {
                glossAfter[g.anchor()] = g;
            }
            removals.add(firstOrigin(g.first()), lastOrigin(g.last()) + 1, Removal.Reason.GLOSS,
                    g.orphan() ? "" : g.link().text());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!gloss[i]) {
                content.add(i);
            }
        }
    }

    /**
     * @param lines    the lines of the body as the language's reading left them
     * @param map      where their characters stand in the source
     * @param removals told of the glosses, the end matter and the category lines
     */
    static Layout of(List<String> lines, List<Gloss> glosses, SourceMap map, Removals removals) {
        return new ArticleLayout(lines, glosses, map, removals).layout();
    }

    private int firstOrigin(int line) {
        for (int c = 0; c < lines.get(line).length(); c++) {
            if (map.origin(line, c) >= 0) {
                return map.origin(line, c);
            }
        }
        return -1;
    }

    private int lastOrigin(int line) {
        for (int c = lines.get(line).length() - 1; c >= 0; c--) {
            if (map.origin(line, c) >= 0) {
                return map.origin(line, c);
            }
        }
        return -1;
    }

    private Layout layout() {
        boolean endMatter = false;
        boolean categoryList = false;
        for (int p = 0; p < content.size(); p++) {
            int index = content.get(p);
            String line = lines.get(index);
            if (endMatter) {
                if (categoryLine(line) || categoryList && !line.isEmpty() && !line.startsWith("{{")) {
                    addCategory(line);
                }
                categoryList |= sortKey(line) || categoriesHeading(line);
                continue;
            }
            if (line.isEmpty() || categoryLine(line)) {
                close();
                if (!line.isEmpty()) {
                    addCategory(line);
                    removals.add(firstOrigin(index), lastOrigin(index) + 1, Removal.Reason.END_MATTER,
                            SourceMap.detail(line));
                }
                continue;
            }
            if (glossAfter[index] == null && endMarker(line) && !midSentence()) {
                close();
                removals.addToEnd(firstOrigin(index), Removal.Reason.END_MATTER, SourceMap.detail(line));
                endMatter = true;
                categoryList = sortKey(line) || categoriesHeading(line);
                continue;
            }
            if (current != null && joins(line, index)) {
                current.append(line, index);
            } else {
                close();
                current = new BlockBuilder(kind(line, p));
                current.append(line, index);
            }
            if (glossAfter[index] != null) {
                current.link(glossAfter[index]);
            }
        }
        close();
        return new Layout(blocks, List.copyOf(categories));
    }

    private boolean joins(String line, int index) {
        if (listItem(line) || current.kind == BlockKind.HEADING || template(line) || template(current.raw)) {
            return false;
        }
        if (continues(line, current.raw)) {
            return true;
        }
        if (current.kind == BlockKind.PARAGRAPH && quotationGoesOn(current.raw, line)) {
            return true;
        }
        if (Glosses.endsSentence(current.raw.toString())) {
            return false;
        }
        // a list item goes on only with a bare link name: "# a border east of the" + "Curzon Line" + gloss
        return current.kind == BlockKind.PARAGRAPH
                || glossAfter[index] != null && bareName(line, glossAfter[index]);
    }

    /** Whether the line is nothing but the name of the link whose gloss follows it: "Curzon Line". */
    private static boolean bareName(String line, Gloss gloss) {
        int words = Words.tokens(Markup.plain(line)).size();
        return words <= BARE_NAME_WORDS && words == Words.tokens(gloss.link().text()).size();
    }

    /** A wiki template line ({@code {{Main|…}}}): kept as a line of its own, never joined. */
    private static boolean template(CharSequence line) {
        String text = line.toString().strip();
        return text.startsWith("{{") && text.endsWith("}}");
    }

    private boolean midSentence() {
        return current != null && current.kind == BlockKind.PARAGRAPH
                && !Glosses.endsSentence(current.raw.toString());
    }

    /** Whether the line stops before a word that must follow: "… against the", "… signed with", "… Vilnius,". */
    static boolean opensOnto(String line) {
        String plain = Markup.plain(line).strip();
        List<String> words = Words.tokens(plain);
        return !words.isEmpty() && (plain.endsWith(",") || OPEN_ENDINGS.contains(words.get(words.size() - 1)));
    }

    private BlockKind kind(String line, int p) {
        if (listItem(line)) {
            return BlockKind.LIST_ITEM;
        }
        boolean first = blocks.isEmpty();
        if (!first && glossAfter[content.get(p)] == null && headingLike(line)) {
            String next = nextLine(p);
            if (next != null && !continues(next, line) && !endMarker(line)) {
                return BlockKind.HEADING;
            }
        }
        return BlockKind.PARAGRAPH;
    }

    private String nextLine(int p) {
        for (int q = p + 1; q < content.size(); q++) {
            String line = lines.get(content.get(q));
            if (!Markup.plain(line).isBlank()) {
                // a line of brackets ("[") goes with the words after it
                return line;
            }
        }
        return null;
    }

    static boolean headingLike(String line) {
        String plain = Markup.plain(line).strip();
        if (plain.isEmpty() || plain.length() > HEADING_CHARS || Words.tokens(plain).size() > HEADING_WORDS
                || Glosses.truncated(line) || line.startsWith("{{")) {
            return false;
        }
        int first = plain.codePointAt(0);
        char last = plain.charAt(plain.length() - 1);
        List<String> words = Words.tokens(plain);
        return (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first))
                && (Character.isLetterOrDigit(last) || last == ')')
                && !OPEN_ENDINGS.contains(words.get(words.size() - 1))
                && plain.chars().noneMatch(c -> "\"“”„‚‘«»".indexOf(c) >= 0);
    }

    /** Whether a line carries on the text before it rather than starting something new. */
    /**
     * Whether a quotation opened with „ is still open at the end of the paragraph so far and the line closes it: the
     * scraper broke the line inside the quotation ("„Ich sage Ihnen offen, … stattgefunden." + "Wenn nicht wir, …
     * besetzen.“"). Only „ is read this way: it always opens, where “ and « close in some languages and open in others.
     */
    static boolean quotationGoesOn(CharSequence before, String line) {
        String text = before.toString();
        int opened = text.lastIndexOf('„');
        return opened >= 0 && opened > Math.max(text.lastIndexOf('“'), text.lastIndexOf('”'))
                && text.length() - opened <= OPEN_QUOTATION_CHARS
                && (line.indexOf('“') >= 0 || line.indexOf('”') >= 0) && line.indexOf('„') < 0;
    }

    static boolean continues(String line, CharSequence before) {
        if (line.startsWith("''") && openItalics(before)) {
            return true;
        }
        if (possessive(line) || closingQuote(line)) {
            return true;
        }
        int i = 0;
        while (i < line.length()) {
            int remnant = line.charAt(i) == '[' ? line.indexOf(']', i) + 1 : 0;
            if (remnant > 0 && Markup.remnant(line.substring(i + 1, remnant - 1))) {
                i = remnant;
            } else if (line.charAt(i) == '[' || line.charAt(i) == ']' || line.charAt(i) == ' ') {
                i++;
            } else {
                break;
            }
        }
        if (i == line.length()) {
            return true;
        }
        return ",.;:)!?…".indexOf(line.charAt(i)) >= 0 || Words.lowerCaseStart(line.substring(i));
    }

    /**
     * What goes between two joined lines: nothing before punctuation, a closing italic or a closing quotation mark,
     * nor after an opening bracket or quotation mark; one space otherwise. A quotation mark right after a word closes
     * its quotation („…“, "…"), so a space follows it.
     */
    static String separator(CharSequence before, String line) {
        if (line.isEmpty() || ",.;:)]!?…".indexOf(line.charAt(0)) >= 0 || possessive(line)
                || line.startsWith("''") && openItalics(before) || closingQuote(line)) {
            return "";
        }
        int length = before.length();
        char last = length == 0 ? ' ' : before.charAt(length - 1);
        boolean attached = length > 1 && !Character.isWhitespace(before.charAt(length - 2));
        return last == '(' || last == '[' || last == '„' || last == '‚'
                || "“‘\"'".indexOf(last) >= 0 && !attached ? "" : " ";
    }

    /** Whether the line starts by closing a quotation: a quotation mark with no word right after it. */
    private static boolean closingQuote(String line) {
        return !line.isEmpty() && "\"”“’‘»'".indexOf(line.charAt(0)) >= 0
                && (line.length() == 1 || !Character.isLetterOrDigit(line.codePointAt(1)));
    }

    private static boolean possessive(String line) {
        return (line.startsWith("'s") || line.startsWith("’s"))
                && (line.length() == 2 || !Character.isLetterOrDigit(line.charAt(2)));
    }

    /** Whether an italic ({@code ''}) opened in the text is still open at its end. */
    private static boolean openItalics(CharSequence text) {
        boolean open = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != '\'') {
                continue;
            }
            int run = 1;
            while (i + 1 < length && text.charAt(i + 1) == '\'') {
                run++;
                i++;
            }
            if (run == 2 || run >= 5) {
                open = !open;
            }
        }
        return open;
    }

    static boolean listItem(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == '#')) {
            i++;
        }
        return i > 0 && !line.substring(i).isBlank();
    }

    private static boolean endMarker(String line) {
        String plain = Markup.plain(line).strip();
        if (plain.endsWith(":")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        return END_SECTIONS.contains(plain.toLowerCase(Locale.ROOT)) || sortKey(line);
    }

    private static boolean sortKey(String line) {
        return line.regionMatches(true, 0, "{{DEFAULTSORT", 0, 13);
    }

    private static boolean categoriesHeading(String line) {
        String plain = line.strip().toLowerCase(Locale.ROOT);
        return plain.equals("categories") || plain.equals("categories:");
    }

    static boolean categoryLine(String line) {
        return line.regionMatches(true, 0, "Category:", 0, 9) || line.regionMatches(true, 0, "[[Category:", 0, 11);
    }

    private void addCategory(String line) {
        String category = line.strip();
        if (category.startsWith("[[")) {
            category = category.substring(2);
        }
        if (category.endsWith("]]")) {
            category = category.substring(0, category.length() - 2);
        }
        if (category.regionMatches(true, 0, "Category:", 0, 9)) {
            category = category.substring(9);
        }
        int sort = category.indexOf('|');
        if (sort >= 0) {
            category = category.substring(0, sort);
        }
        category = Markup.spacing(Markup.plain(category));
        if (!category.isEmpty() && !categoriesHeading(category)) {
            categories.add(category);
        }
    }

    private void close() {
        if (current != null) {
            blocks.add(new Block(current.kind, current.raw.toString(), current.links,
                    Arrays.copyOf(current.origins, current.raw.length())));
            current = null;
        }
    }

    private final class BlockBuilder {
        final BlockKind kind;
        final StringBuilder raw = new StringBuilder();
        final List<Gloss> links = new ArrayList<>();
        int[] origins = new int[INITIAL_ORIGINS];

        BlockBuilder(BlockKind kind) {
            this.kind = kind;
        }

        void append(String line, int index) {
            if (!raw.isEmpty()) {
                put(separator(raw, line), -1);
            }
            origins = capacity(line.length());
            for (int c = 0; c < line.length(); c++) {
                origins[raw.length()] = map.origin(index, c);
                raw.append(line.charAt(c));
            }
        }

        void link(Gloss gloss) {
            put(String.valueOf(LINK_END), -1);
            links.add(gloss);
        }

        private void put(String text, int origin) {
            origins = capacity(text.length());
            for (int c = 0; c < text.length(); c++) {
                origins[raw.length()] = origin;
                raw.append(text.charAt(c));
            }
        }

        private int[] capacity(int more) {
            int needed = raw.length() + more;
            return needed <= origins.length ? origins : Arrays.copyOf(origins, Math.max(needed, 2 * origins.length));
        }
    }
}
