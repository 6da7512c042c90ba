package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A scraped article made up from parts, as the scraper would have saved it, together with what the parser should
 * make of it: the transcription's lines, the headings, the categories, and what it should leave out (glosses,
 * citation remnants, end matter) with its place in the source. Made from a seed ({@link #generate}); a failing one
 * can be made smaller ({@link #smaller}) while it still fails.
 */
record GeneratedArticle(List<Part> parts) {

    /** A link's entity: its name and the start of its gloss, which restates the name. */
    record Entity(String name, String definition) {
    }

    static final List<Entity> ENTITIES = List.of(
            new Entity("Soviet Union", "The Soviet Union was a transcontinental country that spanned much of Eurasia"),
            new Entity("Lithuania", "Lithuania is a country in the Baltic region of Europe"),
            new Entity("Joseph Stalin", "Joseph Stalin was a Soviet politician and revolutionary"),
            new Entity("Vilnius Region", "Vilnius Region is the territory in present-day Lithuania and Belarus"),
            new Entity("Red Army", "The Red Army was the army and air force of the Soviet state"),
            new Entity("League of Nations", "The League of Nations was the first worldwide intergovernmental body"),
            new Entity("Peace of Riga", "The Peace of Riga was a peace treaty signed between Poland and Russia"),
            new Entity("Moscow", "Moscow is the capital and largest city of Russia"),
            new Entity("Nazi Germany", "Nazi Germany was the German state between 1933 and 1945"),
            new Entity("Curzon Line", "The Curzon Line was a proposed demarcation line in Eastern Europe"),
            new Entity("Estonia", "Estonia is a country by the Baltic Sea in Northern Europe"),
            new Entity("Winter War", "The Winter War was a war between the Soviet Union and Finland"),
            new Entity("Antanas Smetona", "Antanas Smetona was a Lithuanian politician and lawyer"));
    private static final List<String> STARTS = List.of("The talks", "Both sides", "The delegates", "Later the army",
            "In the end the government", "Soon the minister", "The parliament", "The railway", "The harbour");
    private static final List<String> PHRASES = List.of("were held", "agreed on the terms", "moved the troops",
            "signed a protocol", "drew a frontier", "rejected the offer", "sent a letter", "kept the bases",
            "after long talks", "in the spring", "near the coast", "with great care", "for several weeks",
            "under strong pressure", "without any delay", "on 10 October 1939", "of the old villages");
    private static final List<String> BEFORE_LINK = List.of("between the", "with", "against the", "near",
            "by", "from the", "to", "and");
    private static final List<String> HEADINGS = List.of("Background", "Aftermath", "Pre-war treaties",
            "International reaction", "Legacy", "Location of the bases", "Domestic politics", "Ratification",
            "Initial stance", "Acceptance");
    private static final List<String> SUBHEADINGS = List.of("History", "Name", "Geography", "Biography");
    private static final List<String> REMNANTS = List.of("[1]", "[2]", "[12]", "[a]", "[b]", "[citation needed]",
            "[12][13]", "[note 3]", "[clarification needed]", "[who?]");
    private static final List<String> CATEGORIES = List.of("Treaties of Lithuania", "1939 in Lithuania",
            "Treaties of the Soviet Union", "World War II treaties", "Lithuania–Soviet Union relations");
    private static final List<String> END_HEADINGS = List.of("See also", "References", "Notes", "External links",
            "Further reading");
    /** Opening and closing marks: English, English curly, German, Russian, German single, English single. */
    private static final List<String[]> QUOTES = List.of(new String[] {"\"", "\""}, new String[] {"“", "”"},
            new String[] {"„", "“"}, new String[] {"«", "»"}, new String[] {"‚", "‘"}, new String[] {"‘", "’"},
            new String[] {"'", "'"});

    /** A piece of the article between others: a paragraph, a heading, a list, a category line or the end matter. */
    sealed interface Part permits Paragraph, SectionHeading, Items, CategoryLine, EndMatter {
    }

    record Paragraph(List<Sentence> sentences) implements Part {
    }

    record SectionHeading(String text) implements Part {
    }

    record Items(boolean numbered, List<Sentence> items) implements Part {
    }

    record CategoryLine(String category) implements Part {
    }

    /** "See also" and the like with its items (one may have a gloss), a sort key and the categories. */
    record EndMatter(String heading, List<String> items, boolean glossedItem, boolean sortKey,
                     List<String> categories) implements Part {
    }

    record Sentence(List<Piece> pieces) {
    }

    /** A piece of a sentence. */
    sealed interface Piece permits Words, Link, Scrap {
    }

    /** Words of the body. */
    record Words(String text) implements Piece {
    }

    /**
     * A link: its name in the text, then its gloss on the lines after it. {@code shape}: 0 one line restating the
     * name, 1 one line that does not, 2 two paragraphs, 3 with a heading of the linked article, 4 a list of meanings.
     * A gloss that is not {@code truncated} does not end with " ..." and is no gloss to the parser: body text.
     */
    record Link(Entity entity, int shape, boolean ownLine, boolean truncated) implements Piece {
    }

    /**
     * What the scraper put in the line and the transcription shows differently: punctuation and quotation marks
     * (the same in both), citation remnants and brackets (nothing in the transcription), an ellipsis (" ..." as
     * "..."). {@code glueLeft}: no space before it; {@code glueRight}: none after; {@code ownLine}: on a line of
     * its own.
     */
    record Scrap(String scraped, String shown, boolean glueLeft, boolean glueRight, boolean ownLine,
                 boolean remnant) implements Piece {

        static Scrap mark(String text, boolean glueLeft, boolean glueRight) {
            return new Scrap(text, text, glueLeft, glueRight, false, false);
        }
    }

    static GeneratedArticle generate(long seed) {
        Random random = new Random(seed);
        List<Part> parts = new ArrayList<>();
        parts.add(paragraph(random, false, false));
        int sections = random.nextInt(4);
        for (int s = 0; s < sections; s++) {
            parts.add(new SectionHeading(pick(random, HEADINGS)));
            if (random.nextInt(4) == 0) {
                parts.add(new SectionHeading(pick(random, HEADINGS)));
            }
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                boolean afterList = parts.get(parts.size() - 1) instanceof Items;
                parts.add(random.nextInt(5) == 0 ? items(random) : paragraph(random, p == 0, afterList));
                if (random.nextInt(12) == 0) {
                    parts.add(new CategoryLine(pick(random, CATEGORIES)));
                }
            }
        }
        if (random.nextInt(3) > 0) {
            List<String> categories = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                categories.add(pick(random, CATEGORIES));
            }
            parts.add(new EndMatter(pick(random, END_HEADINGS), List.of("Soviet–Latvian Mutual Assistance Treaty",
                    "Polish National-Territorial Region").subList(0, random.nextInt(3)), random.nextBoolean(),
                    random.nextBoolean(), categories.stream().distinct().toList()));
        }
        return new GeneratedArticle(parts);
    }

    /**
     * A paragraph of sentences. {@code afterList}: it does not start with a link, whose name on a line of its own
     * would go on the list's last item ("# a border east of the" + "Curzon Line").
     */
    private static Paragraph paragraph(Random random, boolean afterHeading, boolean afterList) {
        List<Sentence> sentences = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        boolean links = true;
        if (afterHeading && random.nextInt(4) == 0) {
            // a paragraph of its own that ends with an ellipsis, right under the heading
            count = 1;
            links = false;
        }
        for (int s = 0; s < count; s++) {
            boolean last = s == count - 1;
            sentences.add(sentence(random, s > 0, last, links, links && (s > 0 || !afterList),
                    last && random.nextInt(6) == 0));
        }
        return new Paragraph(sentences);
    }

    private static Items items(Random random) {
        List<Sentence> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Words(pick(random, STARTS) + " " + pick(random, PHRASES)));
            if (random.nextBoolean()) {
                pieces.add(new Words(pick(random, BEFORE_LINK)));
                pieces.add(link(random, true));
            }
            if (pieces.size() > 1 || random.nextBoolean()) {
                // an item that ends with a link ends with a full stop, or a link that starts a paragraph joins it
                pieces.add(Scrap.mark(".", true, false));
            }
            items.add(new Sentence(pieces));
        }
        return new Items(random.nextBoolean(), items);
    }

    /**
     * A sentence of body words with links, citation remnants and perhaps a quotation. {@code inParagraph}: not the
     * paragraph's first, so a link that starts it stays on the line before (on a line of its own it would start a
     * paragraph, as far as anyone can tell); for the same reason only the {@code last} sentence of a paragraph may
     * end with a citation remnant on a line of its own.
     */
    private static Sentence sentence(Random random, boolean inParagraph, boolean last, boolean links,
                                     boolean linkFirst, boolean ellipsis) {
        List<Piece> pieces = new ArrayList<>();
        boolean bracketed = random.nextInt(8) == 0;
        if (bracketed) {
            pieces.add(new Scrap("[", "", true, false, false, true));
        }
        if (linkFirst && random.nextInt(6) == 0) {
            pieces.add(link(random, !inParagraph && random.nextBoolean()));
            pieces.add(new Words(pick(random, PHRASES) + " " + pick(random, PHRASES)));
        } else {
            pieces.add(new Words(pick(random, STARTS) + " " + pick(random, PHRASES)));
        }
        for (int c = random.nextInt(3); c > 0; c--) {
            if (links && random.nextBoolean()) {
                pieces.add(new Words(pick(random, BEFORE_LINK)));
                pieces.add(link(random, random.nextBoolean()));
                if (random.nextInt(5) == 0) {
                    pieces.add(remnant(random));
                }
            } else {
                pieces.add(new Words(pick(random, PHRASES)));
            }
            if (random.nextInt(6) == 0) {
                pieces.add(remnant(random));
            }
        }
        if (ellipsis) {
            pieces.add(new Words(pick(random, PHRASES)));
            pieces.add(new Scrap(" ...", "...", true, false, false, false));
            return new Sentence(pieces);
        }
        if (random.nextInt(4) == 0) {
            quotation(random, pieces, links);
        } else {
            pieces.add(Scrap.mark(".", true, false));
        }
        if (bracketed) {
            pieces.add(new Scrap("]", "", true, false, false, true));
        }
        if (random.nextInt(5) == 0) {
            Scrap remnant = remnant(random);
            pieces.add(last ? remnant : new Scrap(remnant.scraped(), "", true, false, false, true));
        }
        return new Sentence(pieces);
    }

    private static void quotation(Random random, List<Piece> pieces, boolean links) {
        String[] marks = QUOTES.get(random.nextInt(QUOTES.size()));
        pieces.add(new Words(random.nextBoolean() ? "and said" : "and called it"));
        pieces.add(Scrap.mark(marks[0], false, true));
        if (links && !marks[0].equals("«") && random.nextInt(3) == 0) {
            pieces.add(link(random, true));
            pieces.add(new Words(pick(random, PHRASES)));
        } else {
            pieces.add(new Words(pick(random, PHRASES)));
        }
        if (links && random.nextInt(3) == 0) {
            pieces.add(new Words(pick(random, BEFORE_LINK)));
            pieces.add(link(random, random.nextBoolean()));
        }
        int ending = random.nextInt(3);
        if (ending == 0) {
            pieces.add(Scrap.mark(".", true, false));
        }
        pieces.add(Scrap.mark(marks[1], true, false));
        if (ending == 1) {
            pieces.add(Scrap.mark(".", true, false));
        }
    }

    private static Link link(Random random, boolean ownLine) {
        int shape = random.nextInt(10);
        return new Link(pick(random, ENTITIES), shape < 5 ? 0 : shape - 5, ownLine, random.nextInt(12) > 0);
    }

    private static Scrap remnant(Random random) {
        return new Scrap(pick(random, REMNANTS), "", random.nextInt(4) > 0, false, random.nextInt(4) == 0, true);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Whether the parser can tell the article's layout: it starts with a paragraph (a first line is never a heading),
     * ends with no heading (a heading heads something), no paragraph after a list starts with a link, and its end
     * matter comes last.
     */
    boolean wellFormed() {
        if (parts.isEmpty() || !(parts.get(0) instanceof Paragraph) || parts.get(parts.size() - 1)
                instanceof SectionHeading) {
            return false;
        }
        for (int p = 0; p < parts.size() - 1; p++) {
            if (parts.get(p) instanceof EndMatter || parts.get(p) instanceof Items
                    && parts.get(p + 1) instanceof Paragraph next
                    && next.sentences().get(0).pieces().get(0) instanceof Link) {
                return false;
            }
        }
        return true;
    }

    /** Every article one step smaller: a part, a sentence, a remnant or a gloss fewer, a gloss simpler. */
    List<GeneratedArticle> smaller() {
        List<GeneratedArticle> smaller = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Part> without = new ArrayList<>(parts);
            without.remove(p);
            smaller.add(new GeneratedArticle(without));
        }
        for (int p = 0; p < parts.size(); p++) {
            int at = p;
            if (parts.get(p) instanceof Paragraph paragraph) {
                for (int s = 0; s < paragraph.sentences().size() && paragraph.sentences().size() > 1; s++) {
                    List<Sentence> fewer = new ArrayList<>(paragraph.sentences());
                    fewer.remove(s);
                    smaller.add(replaced(at, new Paragraph(fewer)));
                }
                for (int s = 0; s < paragraph.sentences().size(); s++) {
                    int sentence = s;
                    for (Sentence simpler : simpler(paragraph.sentences().get(s))) {
                        List<Sentence> changed = new ArrayList<>(paragraph.sentences());
                        changed.set(sentence, simpler);
                        smaller.add(replaced(at, new Paragraph(changed)));
                    }
                }
            } else if (parts.get(p) instanceof Items items && items.items().size() > 1) {
                smaller.add(replaced(at, new Items(items.numbered(), items.items().subList(1, items.items().size()))));
            } else if (parts.get(p) instanceof EndMatter end) {
                if (end.glossedItem()) {
                    smaller.add(replaced(at, new EndMatter(end.heading(), end.items(), false, end.sortKey(),
                            end.categories())));
                }
                if (!end.categories().isEmpty()) {
                    smaller.add(replaced(at, new EndMatter(end.heading(), end.items(), end.glossedItem(),
                            end.sortKey(), end.categories().subList(1, end.categories().size()))));
                }
            }
        }
        return smaller;
    }

    private GeneratedArticle replaced(int index, Part part) {
        List<Part> changed = new ArrayList<>(parts);
        changed.set(index, part);
        return new GeneratedArticle(changed);
    }

    /** The sentence with one remnant fewer, or one link's gloss simpler, or one link as plain words. */
    private static List<Sentence> simpler(Sentence sentence) {
        List<Sentence> simpler = new ArrayList<>();
        List<Piece> pieces = sentence.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece instanceof Scrap scrap && scrap.remnant() && !scrap.scraped().equals("[")
                    && !scrap.scraped().equals("]")) {
                List<Piece> fewer = new ArrayList<>(pieces);
                fewer.remove(i);
                simpler.add(new Sentence(fewer));
            } else if (piece instanceof Link link) {
                List<Piece> words = new ArrayList<>(pieces);
                words.set(i, new Words(link.entity().name()));
                simpler.add(new Sentence(words));
                if (link.shape() > 0 || !link.truncated()) {
                    List<Piece> plainer = new ArrayList<>(pieces);
                    plainer.set(i, new Link(link.entity(), 0, link.ownLine(), true));
                    simpler.add(new Sentence(plainer));
                }
            }
        }
        return simpler;
    }

    /** The gloss of a link, line by line, as the scraper saved it. */
    static List<String> gloss(Link link) {
        Entity entity = link.entity();
        String end = link.truncated() ? " ..." : ".";
        return switch (link.shape()) {
            case 1 -> List.of("A place and a name in Eastern Europe, known from many old maps and treaties" + end);
            case 2 -> List.of(entity.definition() + ".", "Its history goes back a long way and is told" + end);
            case 3 -> List.of(entity.definition() + ".", SUBHEADINGS.get(entity.name().length() % 4),
                    "The first records of it date from" + end);
            case 4 -> List.of(entity.name() + " may refer to:", "* " + entity.name() + ", a town in Europe",
                    "* " + entity.name() + ", a ship of the Baltic fleet" + end);
            default -> List.of(entity.definition() + ", with a long history of its own that the encyclopedia"
                    + " tells at length" + end);
        };
    }

    /** A stretch of the source the parser should leave out, and why. */
    record Expected(int start, int end, Removal.Reason reason, String what) {
    }

    /**
     * The article as the scraper saved it and what the parser should make of it.
     *
     * @param lines     the transcription's lines; only to be held to when {@code exact}
     * @param sentences every sentence of the body as the transcription should show it
     * @param exact     whether every gloss ends with " ..." and so is to be found: otherwise the glosses that do not
     *                  stay in the body, between its words, and only the order of the words can be checked
     */
    record Rendering(String text, List<String> lines, List<String> headings, List<String> categories,
                     List<Expected> removals, List<String> sentences, boolean exact) {
    }

    Rendering render() {
        return new Renderer().render(this);
    }

    /** Writes the scraped lines and, beside them, the transcription they should give. */
    private static final class Renderer {

        private final List<String> scraped = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int lineStart;
        private boolean lineGlue;
        private StringBuilder shown = new StringBuilder();
        private boolean shownGlue;
        private final List<String> lines = new ArrayList<>();
        private final List<String> headings = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private final List<Expected> removals = new ArrayList<>();
        private final List<String> sentences = new ArrayList<>();
        private boolean exact = true;
        private int number;

        Rendering render(GeneratedArticle article) {
            for (Part part : article.parts()) {
                if (part instanceof Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (part instanceof SectionHeading heading) {
                    number = 0;
                    lines.add(heading.text());
                    headings.add(heading.text());
                    add(heading.text());
                } else if (part instanceof Items items) {
                    items(items);
                } else if (part instanceof CategoryLine category) {
                    int start = lineStart;
                    add("Category:" + category.category());
                    removals.add(new Expected(start, lineStart - 1, Removal.Reason.END_MATTER, "category line"));
                    category(category.category());
                } else if (part instanceof EndMatter end) {
                    endMatter(end);
                }
            }
            return new Rendering(String.join("\n", scraped), lines, headings, categories, removals, sentences, exact);
        }

        private void paragraph(Paragraph paragraph) {
            number = 0;
            shown = new StringBuilder();
            shownGlue = false;
            for (Sentence sentence : paragraph.sentences()) {
                int start = shown.length();
                sentence(sentence);
                sentences.add(shown.substring(start).strip());
            }
            endLine();
        }

        private void items(Items items) {
            for (Sentence item : items.items()) {
                number = items.numbered() ? number + 1 : 0;
                shown = new StringBuilder(items.numbered() ? number + ". " : "• ");
                shownGlue = true;
                line.append(items.numbered() ? "#" : "*");
                lineGlue = false;
                int start = shown.length();
                sentence(item);
                sentences.add(shown.substring(start));
                endLine();
            }
        }

        private void endMatter(EndMatter end) {
            int start = lineStart;
            add(end.heading());
            for (int i = 0; i < end.items().size(); i++) {
                add("* " + end.items().get(i));
                if (i == 0 && end.glossedItem()) {
                    add(end.items().get(i) + " was a treaty signed in Moscow in the autumn of 1939 by the two ...");
                }
            }
            if (end.sortKey()) {
                add("{{DEFAULTSORT:Treaty");
                end.categories().forEach(this::add);
            } else {
                end.categories().forEach(category -> add("Category:" + category));
            }
            end.categories().forEach(this::category);
            removals.add(new Expected(start, lineStart - 1, Removal.Reason.END_MATTER, "end matter"));
        }

        private void category(String category) {
            if (!categories.contains(category)) {
                categories.add(category);
            }
        }

        private void sentence(Sentence sentence) {
            for (Piece piece : sentence.pieces()) {
                if (piece instanceof Words words) {
                    token(words.text(), false, false, words.text(), false, false);
                } else if (piece instanceof Link link) {
                    link(link);
                } else if (piece instanceof Scrap scrap) {
                    scrap(scrap);
                }
            }
        }

        private void link(Link link) {
            if (link.ownLine() && !line.isEmpty()) {
                flush();
            }
            String name = link.entity().name();
            token(name, false, false, name, false, false);
            flush();
            int start = lineStart;
            List<String> gloss = gloss(link);
            gloss.forEach(this::add);
            if (link.truncated()) {
                removals.add(new Expected(start, lineStart - 1, Removal.Reason.GLOSS, "gloss of " + name));
            } else {
                exact = false;
            }
        }

        private void scrap(Scrap scrap) {
            if (scrap.ownLine()) {
                flush();
            }
            int column = line.length() + (line.isEmpty() || scrap.glueLeft() || lineGlue ? 0 : 1);
            token(scrap.scraped(), scrap.glueLeft(), scrap.glueRight(), scrap.shown(), scrap.glueLeft(),
                    scrap.glueRight());
            if (scrap.remnant()) {
                removals.add(new Expected(lineStart + column, lineStart + column + scrap.scraped().length(),
                        Removal.Reason.CITATION_REMNANT, scrap.scraped()));
            }
            if (scrap.ownLine()) {
                flush();
            }
        }

        /** Puts a token on the scraped line and in the transcription, each with a space before it unless glued. */
        private void token(String text, boolean glueLeft, boolean glueRight, String show, boolean showGlueLeft,
                           boolean showGlueRight) {
            if (!line.isEmpty() && !glueLeft && !lineGlue) {
                line.append(' ');
            }
            line.append(text);
            lineGlue = glueRight;
            if (show.isEmpty()) {
                return;
            }
            if (!shown.isEmpty() && !showGlueLeft && !shownGlue) {
                shown.append(' ');
            }
            shown.append(show);
            shownGlue = showGlueRight;
        }

        private void flush() {
            if (!line.isEmpty()) {
                add(line.toString());
                line.setLength(0);
            }
            lineGlue = false;
        }

        private void endLine() {
            flush();
            lines.add(shown.toString());
        }

        private void add(String text) {
            scraped.add(text);
            lineStart += text.length() + 1;
        }
    }
}
