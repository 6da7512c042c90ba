package org.primarysources.archive.search.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primarysources.archive.search.query.ExportHit;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;

/**
 * A search's hits as a CSV table, one row per hit under a header row: RFC 4180 (commas, CRLF, a field quoted when it
 * holds a comma, a quotation mark or a line break, quotation marks doubled), UTF-8, optionally after a byte order
 * mark (spreadsheet programs read UTF-8 without one as their own code page).
 * <p>
 * A spreadsheet takes a cell that begins with {@code = + - @}, a tab or a carriage return for a formula, and a
 * formula can fetch addresses or run commands when the file is opened ("CSV injection"). Such a cell is written with
 * a single quotation mark before it, which spreadsheets show as text and hide; a reader that wants the archive's text
 * exactly drops that first character from cells that begin with {@code '} followed by one of those characters.
 */
final class ResultTable {

    static final String[] COLUMNS = {"id", "version", "kind", "label", "speaker", "date", "source_id",
            "source_title", "language", "text", "url"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    ResultTable(Writer out, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out);
    }

    /** One hit's row; {@code url} is its page for people. */
    void row(ExportHit hit, URI url) throws IOException {
        printer.printRecord(
                hit.id(),
                hit.version(),
                hit.kind().name(),
                safe(hit.label()),
                safe(hit.speaker()),
                safe(hit.date()),
                hit.source() == null ? "" : hit.source().id(),
                hit.source() == null ? "" : safe(hit.source().title()),
                safe(hit.language()),
                safe(hit.text()),
                url.toASCIIString());
    }

    void finish() throws IOException {
        printer.flush();
    }

    /** The text as a cell no spreadsheet runs as a formula; null as an empty cell. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
