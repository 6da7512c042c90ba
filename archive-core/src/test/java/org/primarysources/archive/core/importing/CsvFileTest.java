package org.primarysources.archive.core.importing;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader: every row checked before anything is imported, a bad one named by line and column. */
class CsvFileTest {

    static final String HEADER = "kind,label,text,source,locator label,locator value,quoted text,speaker,date,"
            + "language,translation,translation language\n";

    private static CsvFile read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRow> rows(String text) {
        List<CsvRow> rows = new ArrayList<>();
        read(text).forEach(rows::add);
        return rows;
    }

    private static InvalidInputException refusal(String text) {
        try {
            read(text);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void everyColumnIsReadWithTheLineItStartsOn() {
        List<CsvRow> rows = rows(HEADER
                + "entity,Juozas Urbšys,Lithuanian diplomat,Treaty of Example,,,,,,lt,,\n"
                + "\n"
                + "quote,at the signing,\"We accept, \"\"reluctantly\"\".\",12,page,4,\"reluctantly\",Juozas Urbšys,"
                + "1939-10-10,en,Mes sutinkame,lt\n"
                + "clause,Article I,\"The Vilnius Region\nis transferred.\",Treaty of Example,article-locator,I,"
                + "Vilnius Region,,~1939,,,\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L, 5L);
        assertThat(rows).extracting(CsvRow::kind).containsExactly(RecordKind.ENTITY, RecordKind.QUOTE,
                RecordKind.CLAUSE);
        CsvRow quote = rows.get(1);
        assertThat(quote.text()).isEqualTo("We accept, \"reluctantly\".");
        assertThat(quote.label()).isEqualTo("at the signing");
        assertThat(quote.source()).isEqualTo("12");
        assertThat(quote.locatorLabel()).isEqualTo("page");
        assertThat(quote.locatorValue()).isEqualTo("4");
        assertThat(quote.quotedText()).isEqualTo("reluctantly");
        assertThat(quote.speaker()).isEqualTo("Juozas Urbšys");
        assertThat(quote.date()).isEqualTo(PartialDate.parse("1939-10-10"));
        assertThat(quote.language()).isEqualTo("en");
        assertThat(quote.translation()).isEqualTo("Mes sutinkame");
        assertThat(quote.translationLanguage()).isEqualTo("lt");
        assertThat(rows.get(2).text()).isEqualTo("The Vilnius Region\nis transferred.");
        assertThat(rows.get(2).date().circa()).isTrue();
        assertThat(rows.get(0).language()).isEqualTo("lt");
        assertThat(rows.get(0).date()).isNull();
    }

    @Test
    void countsRowsPerKindAndAllowsFewerColumnsInAnyOrder() {
        CsvFile csv = read("Source,Text,KIND,Quoted_Text\r\nT,One,clause,\r\nT,Two,Clause,Two\r\nT,Three,quote,\r\n");

        assertThat(csv.rows()).isEqualTo(3);
        assertThat(csv.counts()).containsEntry(RecordKind.CLAUSE, 2).containsEntry(RecordKind.QUOTE, 1);
        assertThat(rows("Source,Text,KIND\r\nT,One,clause\r\nT,Two,clause\r\n"))
                .extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void aBadRowIsRefusedByLineAndColumn() {
        InvalidInputException e = refusal(HEADER
                + "clause,Article I,Text,T,,,,,,,,\n"
                + "clause,Article II,\"Two\nlines\",T,,,,,,,,\n"
                + "speech,Article III,Text,T,,,,,,,,\n");

        assertThat(e.line()).isEqualTo(5L);
        assertThat(e.field()).isEqualTo("kind");
        assertThat(e.getMessage()).startsWith("line 5, column “kind”: “speech”");
    }

    @Test
    void eachRuleNamesItsColumn() {
        assertThat(refusal(HEADER + "clause,,,T,,,,,,,,\n").field()).isEqualTo("text");
        assertThat(refusal(HEADER + "clause,,Text,,,,,,,,,\n").field()).isEqualTo("source");
        assertThat(refusal(HEADER + "entity,,Text,T,,,,,,,,\n").getMessage())
                .contains("column “label”", "entity's name");
        assertThat(refusal(HEADER + "clause,,Text,T,,,,Someone,,,,\n").getMessage())
                .contains("column “speaker”", "only a quote");
        assertThat(refusal(HEADER + "quote,,Text,T,,,,Nobody,,,,\n").getMessage())
                .contains("column “speaker”", "no entity row above");
        assertThat(refusal(HEADER + "quote,,Text,T,,,,,10 October 1939,,,\n").getMessage())
                .contains("line 2, column “date”", "YYYY-MM-DD");
        assertThat(refusal(HEADER + "quote,,Text,T,pg,1,Text,,,,,\n").getMessage())
                .contains("column “locator label”", "“pg” is not a CSL locator label");
        assertThat(refusal(HEADER + "quote,,Text,T,page,1,,,,,,\n").getMessage())
                .contains("column “locator label”", "give the quoted text");
        assertThat(refusal(HEADER + "quote,,Text,T,,,,,,,Tekstas,\n").getMessage())
                .contains("column “translation language”");
        assertThat(refusal(HEADER + "quote,,Text,T,,,,,,english language,,\n").getMessage())
                .contains("column “language”", "not a language tag");
        assertThat(refusal(HEADER + "entity,X,Text,T,,,,,1939,,,\n").getMessage())
                .contains("column “date”", "an entity has no date");
        assertThat(refusal(HEADER + "clause,,Text,T,,,,,,,\n").getMessage())
                .contains("line 2, column “translation language”", "11 fields");
        assertThat(refusal(HEADER + "clause," + "x".repeat(1_001) + ",Text,T,,,,,,,,\n").getMessage())
                .contains("column “label”", "at most 1,000 characters");
    }

    @Test
    void theHeaderIsChecked() {
        assertThat(refusal("kind,text\nclause,Text\n").getMessage())
                .contains("line 1", "no column “source”");
        assertThat(refusal("kind,text,source,page\nclause,Text,T,1\n").getMessage())
                .contains("line 1, column “page”", "not a column");
        assertThat(refusal("kind,text,source,Text\nclause,Text,T,T\n").getMessage())
                .contains("names this column twice");
        assertThat(refusal("kind,text,source\n").getMessage()).contains("no records");
        assertThat(refusal("\uFEFF").getMessage()).contains("empty");
    }

    @Test
    void brokenQuotingNamesTheLine() {
        InvalidInputException e = refusal("kind,text,source\nclause,Fine,T\nclause,\"Unclosed,T\n");

        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).contains("line 3", "not well-formed CSV");
        assertThat(refusal("kind,text,source\nclause,\"Quoted\" then more,T\n").line()).isEqualTo(2L);
    }

    @Test
    void whatIsNoUtf8TextIsRefusedAsAFile() {
        byte[] latin1 = (HEADER + "clause,,Tekst\u00e0,T,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvFile.read(latin1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("UTF-8");
    }
}
