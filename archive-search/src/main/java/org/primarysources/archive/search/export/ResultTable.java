package org.primarysources.archive.search.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primarysources.archive.core.text.SpreadsheetCells;
import org.primarysources.archive.search.query.ExportHit;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;

/**
 * A search's hits as a CSV table, one row per hit under a header row: RFC 4180 (commas, CRLF, a field quoted when it
 * holds a comma, a quotation mark or a line break, quotation marks doubled), UTF-8, optionally after a byte order
 * mark (spreadsheet programs read UTF-8 without one as their own code page).
 * Cells that a spreadsheet would run as a formula are written as {@link SpreadsheetCells} says.
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
                SpreadsheetCells.safe(hit.label()),
                SpreadsheetCells.safe(hit.speaker()),
                SpreadsheetCells.safe(hit.date()),
                hit.source() == null ? "" : hit.source().id(),
                hit.source() == null ? "" : SpreadsheetCells.safe(hit.source().title()),
                SpreadsheetCells.safe(hit.language()),
                SpreadsheetCells.safe(hit.text()),
                url.toASCIIString());
    }

    void finish() throws IOException {
        printer.flush();
    }
}
