package org.primarysources.archive.core.text;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet. A spreadsheet takes a cell that begins with
 * {@code = + - @}, a tab or a carriage return for a formula, and a formula can fetch addresses or run commands when
 * the file is opened ("CSV injection"). Such a cell is written with a single quotation mark before it, which
 * spreadsheets show as text and hide; a reader that wants the text exactly drops that first character from cells
 * that begin with {@code '} followed by one of those characters.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a cell no spreadsheet runs as a formula; null as an empty cell. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
