package org.primarysources.archive.core.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.primarysources.archive.core.citation.LocatorLabel;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A CSV import file (RFC 4180, UTF-8, comma-separated, a header row naming the {@link CsvColumn}s, then one record
 * per row), read with Apache Commons CSV. {@link #read} checks every row before anything is imported and refuses
 * the first bad one naming its line, its column and the problem; {@link #forEach} reads the rows again one at a
 * time, so a large file is never held as rows in memory. Pure: no database.
 */
public final class CsvFile {

    /** The largest CSV file imported: 100,000 rows of a few hundred characters. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_LANGUAGE = 35;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String text;
    private final Map<CsvColumn, Integer> columns;
    private final int rows;
    private final Map<RecordKind, Integer> counts;

    private CsvFile(String text, Map<CsvColumn, Integer> columns, int rows, Map<RecordKind, Integer> counts) {
        this.text = text;
        this.columns = columns;
        this.rows = rows;
        this.counts = counts;
    }

    /** Reads and checks the whole file; refuses it at its first bad row ({@link InvalidInputException#line()}). */
    public static CsvFile read(byte[] file) {
        String text = Imports.decode(file, MAX_BYTES);
        Map<CsvColumn, Integer> columns = header(text);
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        int[] rows = {0};
        CsvFile checking = new CsvFile(text, columns, 0, counts);
        checking.forEach(row -> {
            rows[0]++;
            counts.merge(row.kind(), 1, Integer::sum);
        });
        if (rows[0] == 0) {
            throw new InvalidInputException("body", 2L, "the file has a header row but no records");
        }
        return new CsvFile(text, columns, rows[0], counts);
    }

    /** How many records (rows after the header) the file holds. */
    public int rows() {
        return rows;
    }

    /** How many rows of each kind. */
    public Map<RecordKind, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Reads the rows again, in order, each checked as by {@link #read}. */
    public void forEach(Consumer<CsvRow> each) {
        Set<String> entitiesAbove = new HashSet<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Lines lines = new Lines(text);
            Iterator<CSVRecord> records = parser.iterator();
            next(records, 0); // the header, read already
            for (CSVRecord record = next(records, parser.getCurrentLineNumber()); record != null;
                 record = next(records, parser.getCurrentLineNumber())) {
                CsvRow row = row(record, lines.lineOf(record.getCharacterPosition()), entitiesAbove);
                if (row.kind() == RecordKind.ENTITY) {
                    entitiesAbove.add(row.label());
                }
                each.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string does not fail to read
        }
    }

    /** The next record; {@code linesRead} is how many lines the records before it took (where it begins). */
    private static CSVRecord next(Iterator<CSVRecord> records, long linesRead) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            long line = linesRead + 1;
            throw new InvalidInputException(null, line, "line " + line + ": the record beginning here is not "
                    + "well-formed CSV (" + quotingProblem(e) + "); a field with commas, quotes or line breaks is "
                    + "written in double quotes, and a double quote inside it is doubled (\"\")");
        }
    }

    private static String quotingProblem(RuntimeException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        return message.replaceAll("\\s+", " ").strip();
    }

    private static Map<CsvColumn, Integer> header(String text) {
        CSVRecord header;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            header = next(records, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new InvalidInputException("body", 1L, "the file is empty: a CSV import starts with a header row ("
                    + CsvColumn.all() + ")");
        }
        Map<CsvColumn, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            CsvColumn column = CsvColumn.named(name).orElseThrow(() -> new InvalidInputException(name, 1L,
                    "line 1, column “" + name + "”: not a column of a CSV import; the columns are "
                            + CsvColumn.all()));
            if (columns.putIfAbsent(column, i) != null) {
                throw new InvalidInputException(column.header(), 1L, "line 1, column “" + name
                        + "”: the header names this column twice");
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                throw new InvalidInputException(column.header(), 1L, "line 1: the header row has no column “"
                        + column.header() + "”; kind, text and source are required (the columns are "
                        + CsvColumn.all() + ")");
            }
        }
        return columns;
    }

    private CsvRow row(CSVRecord record, long line, Set<String> entitiesAbove) {
        if (record.size() != columns.size()) {
            String detail = record.size() < columns.size()
                    ? "it has " + record.size() + " fields, the header " + columns.size()
                    : "it has " + record.size() + " fields, more than the header's " + columns.size();
            String column = record.size() < columns.size() ? nameAt(record.size()) : null;
            throw new InvalidInputException(column, line, "line " + line + (column == null ? "" : ", column “"
                    + column + "”") + ": " + detail + " (a field with commas is written in double quotes)");
        }
        Cells cells = new Cells(record, line);
        RecordKind kind = cells.kind();
        String label = cells.shortText(CsvColumn.LABEL);
        String text = cells.longText(CsvColumn.TEXT);
        String source = cells.shortText(CsvColumn.SOURCE);
        String locatorLabel = cells.shortText(CsvColumn.LOCATOR_LABEL);
        String locatorValue = cells.shortText(CsvColumn.LOCATOR_VALUE);
        String quoted = cells.longText(CsvColumn.QUOTED_TEXT);
        String speaker = cells.shortText(CsvColumn.SPEAKER);
        String dateText = cells.shortText(CsvColumn.DATE);
        String language = cells.language(CsvColumn.LANGUAGE);
        String translation = cells.longText(CsvColumn.TRANSLATION);
        String translationLanguage = cells.language(CsvColumn.TRANSLATION_LANGUAGE);
        cells.require(CsvColumn.TEXT, text, "a record needs a text (a clause's or quote's words, an entity's "
                + "description)");
        cells.require(CsvColumn.SOURCE, source, "name the source by its id or its title");
        if (kind == RecordKind.ENTITY) {
            cells.require(CsvColumn.LABEL, label, "an entity's name goes in the label column");
            cells.refuse(CsvColumn.DATE, dateText, "an entity has no date");
            cells.refuse(CsvColumn.TRANSLATION, translation, "an entity has no translation");
            cells.refuse(CsvColumn.TRANSLATION_LANGUAGE, translationLanguage, "an entity has no translation");
        }
        if (kind != RecordKind.QUOTE) {
            cells.refuse(CsvColumn.SPEAKER, speaker, "only a quote has a speaker");
        }
        if (locatorLabel != null && !LocatorLabel.isKnown(locatorLabel)) {
            throw cells.problem(CsvColumn.LOCATOR_LABEL, "“" + locatorLabel + "” is not a CSL locator label; use "
                    + "one of " + String.join(", ", LocatorLabel.names()));
        }
        if (quoted == null) {
            cells.refuse(CsvColumn.LOCATOR_LABEL, locatorLabel, "a locator belongs to a citation: give the quoted "
                    + "text too");
            cells.refuse(CsvColumn.LOCATOR_VALUE, locatorValue, "a locator belongs to a citation: give the quoted "
                    + "text too");
        }
        if (translation != null) {
            cells.require(CsvColumn.TRANSLATION_LANGUAGE, translationLanguage, "say which language the "
                    + "translation is in");
        } else {
            cells.refuse(CsvColumn.TRANSLATION_LANGUAGE, translationLanguage, "there is no translation");
        }
        if (speaker != null && !isId(speaker) && !entitiesAbove.contains(speaker)) {
            throw cells.problem(CsvColumn.SPEAKER, "no entity row above is labelled “" + speaker + "”; name an "
                    + "entity row of this file above the quote, or give a published entity record's id");
        }
        PartialDate date;
        try {
            date = PartialDate.parse(dateText);
        } catch (InvalidInputException e) {
            throw cells.problem(CsvColumn.DATE, e.getMessage());
        }
        return new CsvRow(line, kind, label, text, source, locatorLabel, locatorValue, quoted, speaker, date,
                language, translation, translationLanguage);
    }

    private String nameAt(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(e -> e.getKey().header())
                .findFirst().orElse(null);
    }

    static boolean isId(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() <= 18;
    }

    /** The refusal of one cell: its line and column, and the problem. */
    static InvalidInputException problem(long line, CsvColumn column, String message) {
        return new InvalidInputException(column.header(), line, "line " + line + ", column “" + column.header()
                + "”: " + message);
    }

    /** One record's cells by column. */
    private final class Cells {
        private final CSVRecord record;
        private final long line;

        Cells(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        String value(CsvColumn column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        RecordKind kind() {
            String value = value(CsvColumn.KIND);
            if (value != null) {
                for (RecordKind kind : RecordKind.values()) {
                    if (kind != RecordKind.SOURCE && kind.name().equalsIgnoreCase(value)) {
                        return kind;
                    }
                }
            }
            throw problem(CsvColumn.KIND, (value == null ? "empty" : "“" + value + "”")
                    + "; a row's kind is clause, quote or entity");
        }

        String shortText(CsvColumn column) {
            return limited(column, RecordContent.MAX_SHORT_LENGTH);
        }

        String longText(CsvColumn column) {
            return limited(column, RecordContent.MAX_TEXT_LENGTH);
        }

        private String limited(CsvColumn column, int max) {
            String value = value(column);
            if (value != null && value.length() > max) {
                throw problem(column, "at most " + String.format(Locale.ENGLISH, "%,d", max) + " characters, not "
                        + String.format(Locale.ENGLISH, "%,d", value.length()));
            }
            return value;
        }

        String language(CsvColumn column) {
            String value = value(column);
            if (value != null && (value.length() > MAX_LANGUAGE || !LANGUAGE.matcher(value).matches())) {
                throw problem(column, "“" + value + "” is not a language tag such as en, lt or de-CH");
            }
            return value;
        }

        void require(CsvColumn column, String value, String why) {
            if (value == null) {
                throw problem(column, "empty; " + why);
            }
        }

        void refuse(CsvColumn column, String value, String why) {
            if (value != null) {
                throw problem(column, why + "; leave it empty");
            }
        }

        InvalidInputException problem(CsvColumn column, String message) {
            return CsvFile.problem(line, column, message);
        }
    }

    /** Which line of the text a character offset is on, for offsets asked in increasing order. */
    private static final class Lines {
        private final String text;
        private int offset;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long lineOf(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++; // the empty lines the parser skipped before the record
            }
            for (; offset < target; offset++) {
                char c = text.charAt(offset);
                if (c == '\n' || c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }
}
