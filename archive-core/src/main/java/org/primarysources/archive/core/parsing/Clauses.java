package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a numbered clause from a line of the transcription: "Article I: Transfer of …", "Article 12. The parties
 * …", "Section 3 – …", "§ 4: …", in the article's language ("Artikel 3:", "Artykuł 5.", "3 straipsnis.",
 * "Article 1er :", "Статья 7 —", "§ 3 Die Parteien …"). Roman numerals are read strictly (IV, not IIII), arabic ones
 * may carry a letter (12a). A line that is only numbered ("1. Die Grenze …") is a clause when it belongs to a run
 * of such lines counting 1, 2, 3 … ({@link #numbered}); a date that opens a line ("12. März …") does not count.
 */
final class Clauses {

    private static final Pattern NUMBERED = Pattern.compile("([0-9]{1,2})[.)]\\s+(\\p{Lu}.*)");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Clauses() {
    }

    /** The clause the line {@code text[start, end)} states, if it starts with an English clause label. */
    static Optional<ParsedClause> in(String text, int start, int end) {
        return in(text, start, end, ArticleLanguage.ENGLISH.table());
    }

    /** The clause the line {@code text[start, end)} states, if it starts with a clause label of the language. */
    static Optional<ParsedClause> in(String text, int start, int end, LanguageTables.Table table) {
        Matcher matcher = table.clause().matcher(text).region(start, end);
        if (matcher.matches()) {
            return clause(matcher, 1, 2);
        }
        if (table.numberFirst() != null) {
            Matcher numberFirst = table.numberFirst().matcher(text).region(start, end);
            if (numberFirst.matches()) {
                String locator = numberFirst.group(1);
                int ordinal = ordinal(locator);
                return ordinal <= 0 ? Optional.empty() : Optional.of(new ParsedClause(
                        locator + " " + numberFirst.group(2), ordinal, locator, numberFirst.group(3),
                        numberFirst.start(3), numberFirst.end(3)));
            }
        }
        return Optional.empty();
    }

    private static Optional<ParsedClause> clause(Matcher matcher, int keywordGroup, int locatorGroup) {
        String locator = matcher.group(locatorGroup);
        int ordinal = ordinal(locator);
        if (ordinal <= 0) {
            return Optional.empty();
        }
        int textGroup = locatorGroup + 1;
        while (matcher.group(textGroup) == null) {
            textGroup++;
        }
        return Optional.of(new ParsedClause(matcher.group(keywordGroup) + " " + locator, ordinal, locator,
                matcher.group(textGroup), matcher.start(textGroup), matcher.end(textGroup)));
    }

    /** The clause a line opening with a bare number states ("1. Die Grenze …"), before the run is checked. */
    static Optional<ParsedClause> numberedLine(String text, int start, int end) {
        Matcher matcher = NUMBERED.matcher(text).region(start, end);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String locator = matcher.group(1);
        return Optional.of(new ParsedClause(locator + ".", Integer.parseInt(locator), locator, matcher.group(2),
                matcher.start(2), matcher.end(2)));
    }

    /**
     * The numbered lines that are clauses: those in runs of consecutive lines numbered 1, 2, 3 … of at least two.
     *
     * @param lines per line of the transcription, its numbered clause or {@code null}
     */
    static List<ParsedClause> numbered(List<ParsedClause> lines) {
        List<ParsedClause> clauses = new ArrayList<>();
        List<ParsedClause> run = new ArrayList<>();
        for (ParsedClause line : lines) {
            if (line != null && line.ordinal() == run.size() + 1) {
                run.add(line);
                continue;
            }
            if (run.size() >= 2) {
                clauses.addAll(run);
            }
            run.clear();
            if (line != null && line.ordinal() == 1) {
                run.add(line);
            }
        }
        if (run.size() >= 2) {
            clauses.addAll(run);
        }
        return clauses;
    }

    static int ordinal(String locator) {
        if (locator.equalsIgnoreCase("premier")) {
            return 1;
        }
        if (Character.isDigit(locator.charAt(0))) {
            int digits = 0;
            while (digits < locator.length() && Character.isDigit(locator.charAt(digits))) {
                digits++;
            }
            return Integer.parseInt(locator.substring(0, digits));
        }
        return roman(locator);
    }

    /** The value of a roman numeral, or 0 when it is not written the standard way. */
    static int roman(String numeral) {
        int value = 0;
        int at = 0;
        for (int i = 0; i < VALUES.length; i++) {
            while (numeral.startsWith(NUMERALS[i], at)) {
                value += VALUES[i];
                at += NUMERALS[i].length();
            }
        }
        return at == numeral.length() && numeral.equals(toRoman(value)) ? value : 0;
    }

    private static String toRoman(int value) {
        StringBuilder numeral = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                numeral.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return numeral.toString();
    }
}
