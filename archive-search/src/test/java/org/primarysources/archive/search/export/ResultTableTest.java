package org.primarysources.archive.search.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.search.query.ExportHit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTableTest {

    private static final URI PAGE = URI.create("https://archive.example.org/records/7/versions/2");

    @Test
    void aRowIsRfc4180WithCommasQuotesAndLineBreaksInsideQuotedFields() throws IOException {
        ExportHit hit = new ExportHit(7, RecordKind.QUOTE, 2, null, "He said \"no\",\nthen left.", "Juozas Urbšys",
                new SourceRef(3, "Press, cuttings"), "~1939-10", "lt");

        String csv = table(false, hit);

        assertThat(csv).startsWith("id,version,kind,label,speaker,date,source_id,source_title,language,text,url\r\n")
                .contains("\"He said \"\"no\"\",\nthen left.\"").endsWith(PAGE + "\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("id")).isEqualTo("7");
        assertThat(row.get("version")).isEqualTo("2");
        assertThat(row.get("kind")).isEqualTo("QUOTE");
        assertThat(row.get("label")).isEmpty();
        assertThat(row.get("speaker")).isEqualTo("Juozas Urbšys");
        assertThat(row.get("source_id")).isEqualTo("3");
        assertThat(row.get("source_title")).isEqualTo("Press, cuttings");
        assertThat(row.get("text")).isEqualTo("He said \"no\",\nthen left.");
        assertThat(row.get("url")).isEqualTo(PAGE.toString());
    }

    @Test
    void aFormulaInAnyTextColumnIsQuotedInTheFile() throws IOException {
        ExportHit hit = new ExportHit(7, RecordKind.CLAUSE, 1, "=1+1", "@cmd", "-speaker", new SourceRef(3, "+title"),
                null, null);

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table(false, hit))).getRecords().get(0);

        assertThat(List.of(row.get("label"), row.get("text"), row.get("speaker"), row.get("source_title")))
                .containsExactly("'=1+1", "'@cmd", "'-speaker", "'+title");
        assertThat(row.get("date")).isEmpty();
    }

    @Test
    void theByteOrderMarkIsWrittenOnlyWhenAskedFor() throws IOException {
        ExportHit hit = new ExportHit(1, RecordKind.ENTITY, 1, "Vilnius", null, null, null, null, null);

        assertThat(table(true, hit)).startsWith("\uFEFFid,");
        assertThat(table(false, hit)).startsWith("id,");
    }

    private static String table(boolean bom, ExportHit hit) throws IOException {
        StringWriter out = new StringWriter();
        ResultTable table = new ResultTable(out, bom);
        table.row(hit, PAGE);
        table.finish();
        return out.toString();
    }
}
