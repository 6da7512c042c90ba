package org.primarysources.archive.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of clauses grown from the 31,102 verses of the King James Version (Debian's {@code bible-kjv-text},
 * read with its {@code bible} program): seven "editions" of the same text, each a source per chapter whose
 * transcription is that chapter in the edition's wording, and a clause per verse (or per passage of two or three
 * verses) citing it. The editions differ the way real editions do — modern spelling, names in another language's
 * forms (with diacritics, for folded search), reading passages — so the index holds 7 × 31,102 distinct clauses.
 */
final class KjvCorpus {

    /** The 66 books in the order the {@code bible} program prints them. */
    private static final List<String> BOOKS = List.of("Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy",
            "Joshua", "Judges", "Ruth", "1 Samuel", "2 Samuel", "1 Kings", "2 Kings", "1 Chronicles", "2 Chronicles",
            "Ezra", "Nehemiah", "Esther", "Job", "Psalms", "Proverbs", "Ecclesiastes", "Song of Solomon", "Isaiah",
            "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah",
            "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi", "Matthew", "Mark", "Luke", "John",
            "Acts", "Romans", "1 Corinthians", "2 Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians",
            "1 Thessalonians", "2 Thessalonians", "1 Timothy", "2 Timothy", "Titus", "Philemon", "Hebrews", "James",
            "1 Peter", "2 Peter", "1 John", "2 John", "3 John", "Jude", "Revelation");
    private static final Pattern VERSE = Pattern.compile("^(\\d?[A-Za-z]+)(\\d+):(\\d+) (.+)$");

    private static final Map<String, String> MODERN = words(
            "thee", "you", "thou", "you", "thy", "your", "thine", "yours", "ye", "you", "hath", "has", "doth", "does",
            "saith", "says", "unto", "to", "shalt", "shall", "wilt", "will", "hast", "have", "spake", "spoke",
            "begat", "fathered", "art", "are", "didst", "did", "knoweth", "knows", "cometh", "comes", "goeth", "goes");
    /** Names as Lithuanian translations spell them; typed without the diacritics, folded search still finds them. */
    private static final Map<String, String> NAMES = words(
            "Moses", "Mozė", "Jerusalem", "Jeruzalė", "Jacob", "Jokūbas", "Jesus", "Jėzus", "Rachel", "Rachelė",
            "Elisabeth", "Elžbieta", "Absalom", "Abšalomas", "Shem", "Šemas", "Shechem", "Šechemas", "Shiloh",
            "Šilojus", "Isaac", "Izaokas", "Joseph", "Juozapas", "David", "Dovydas", "Solomon", "Saliamonas",
            "Egypt", "Egiptas", "Abraham", "Abraomas", "Samuel", "Samuelis", "Aaron", "Aaronas", "Babylon",
            "Babilonas", "Peter", "Petras", "Paul", "Paulius", "Israel", "Izraelis", "Bethlehem", "Betliejus");

    /** One edition: its name, year, how it words a verse, and how many verses a clause holds. */
    record Edition(String name, int year, UnaryOperator<String> wording, int versesPerClause) {
    }

    static final List<Edition> EDITIONS = List.of(
            new Edition("Oxford standard text", 1769, UnaryOperator.identity(), 1),
            new Edition("Cambridge Paragraph Bible", 1873, UnaryOperator.identity(), 2),
            new Edition("modern spelling", 1885, KjvCorpus::modern, 1),
            new Edition("modern spelling, reading passages", 1901, KjvCorpus::modern, 3),
            new Edition("Lithuanian names", 1937, KjvCorpus::lithuanianNames, 1),
            new Edition("Lithuanian names, reading passages", 1965, KjvCorpus::lithuanianNames, 2),
            new Edition("modern spelling, Lithuanian names", 1989, text -> lithuanianNames(modern(text)), 1));

    /** A chapter: its book, number and verses (as the KJV words them). */
    record Chapter(String book, int number, List<String> verses) {
    }

    /** A clause to publish: the edition's chapter it cites, its label, ordinal (first verse) and text. */
    record Clause(Edition edition, Chapter chapter, String label, int ordinal, String text) {
    }

    private final List<Chapter> chapters;

    private KjvCorpus(List<Chapter> chapters) {
        this.chapters = chapters;
    }

    /** Reads every verse with Debian's {@code bible} program (package {@code bible-kjv}). */
    static KjvCorpus fromBibleProgram() throws IOException, InterruptedException {
        Process bible;
        try {
            bible = new ProcessBuilder("bible", "-f", "-l100000", "gen1:1-rev22:21").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("the benchmark grows its corpus from the King James Version: install Debian's"
                    + " bible-kjv (apt-get install bible-kjv), which brings the bible program and bible-kjv-text", e);
        }
        String output = new String(bible.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!bible.waitFor(60, TimeUnit.SECONDS) || bible.exitValue() != 0) {
            throw new IOException("bible failed: " + output.substring(0, Math.min(500, output.length())));
        }
        return parse(output);
    }

    static KjvCorpus parse(String output) {
        List<Chapter> chapters = new ArrayList<>();
        Map<String, String> books = new LinkedHashMap<>();
        String book = null;
        int chapter = -1;
        List<String> verses = null;
        for (String line : output.split("\n")) {
            Matcher m = VERSE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String abbreviation = m.group(1);
            int number = Integer.parseInt(m.group(2));
            if (!abbreviation.equals(book) || number != chapter) {
                if (verses != null) {
                    chapters.add(new Chapter(books.get(book), chapter, List.copyOf(verses)));
                }
                if (!books.containsKey(abbreviation)) {
                    if (books.size() == BOOKS.size()) {
                        throw new IllegalStateException("more than 66 books: " + abbreviation);
                    }
                    books.put(abbreviation, BOOKS.get(books.size()));
                }
                book = abbreviation;
                chapter = number;
                verses = new ArrayList<>();
            }
            verses.add(m.group(4).strip());
        }
        if (verses != null) {
            chapters.add(new Chapter(books.get(book), chapter, List.copyOf(verses)));
        }
        if (books.size() != BOOKS.size()) {
            throw new IllegalStateException("expected the 66 books of the KJV, read " + books.size());
        }
        return new KjvCorpus(List.copyOf(chapters));
    }

    List<Chapter> chapters() {
        return chapters;
    }

    int verses() {
        return chapters.stream().mapToInt(c -> c.verses().size()).sum();
    }

    /** The chapter as the edition words it: the transcription of that edition's source for it. */
    static String transcription(Edition edition, Chapter chapter) {
        return String.join(" ", chapter.verses().stream().map(edition.wording()).toList());
    }

    /** The edition's clauses of a chapter: one starting at each verse, holding up to versesPerClause verses. */
    static List<Clause> clauses(Edition edition, Chapter chapter) {
        List<String> worded = chapter.verses().stream().map(edition.wording()).toList();
        List<Clause> clauses = new ArrayList<>(worded.size());
        for (int first = 0; first < worded.size(); first++) {
            int last = Math.min(worded.size(), first + edition.versesPerClause()) - 1;
            String label = chapter.book() + " " + chapter.number() + ":" + (first + 1)
                    + (last > first ? "–" + (last + 1) : "");
            clauses.add(new Clause(edition, chapter, label, first + 1,
                    String.join(" ", worded.subList(first, last + 1))));
        }
        return clauses;
    }

    static String modern(String text) {
        return replaceWords(text, MODERN);
    }

    static String lithuanianNames(String text) {
        return replaceWords(text, NAMES);
    }

    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]+\\b");

    private static String replaceWords(String text, Map<String, String> table) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String word = m.group();
            String replacement = table.get(word);
            if (replacement == null && Character.isUpperCase(word.charAt(0))) {
                String lower = table.get(word.toLowerCase());
                replacement = lower == null ? null : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? word : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
