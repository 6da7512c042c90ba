package org.primarysources.archive.core.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a numbered clause from a line of the transcription: "Article I: Transfer of …", "Article 12. The parties
 * …", "Section 3 – …", "§ 4: …". Roman numerals are read strictly (IV, not IIII), arabic ones may carry a letter
 * (12a).
 */
final class Clauses {

    private static final Pattern CLAUSE = Pattern.compile(
            "(Article|Art\\.|Section|Clause|Paragraph|§)\\s*([IVXLCDM]+|[0-9]{1,4}[a-z]?)\\s*[:.–—-]\\s+(\\S.*)");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Clauses() {
    }

    /** The clause the line {@code text[start, end)} states, if it starts with a clause label. */
    static Optional<ParsedClause> in(String text, int start, int end) {
        Matcher matcher = CLAUSE.matcher(text).region(start, end);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String locator = matcher.group(2);
        int ordinal = ordinal(locator);
        if (ordinal <= 0) {
            return Optional.empty();
        }
        String keyword = matcher.group(1);
        return Optional.of(new ParsedClause(keyword + " " + locator, ordinal, locator, matcher.group(3),
                matcher.start(3), matcher.end(3)));
    }

    static int ordinal(String locator) {
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
