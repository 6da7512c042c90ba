package org.primarysources.archive.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tindented", "\rreturn"})
    void aCellASpreadsheetWouldRunAsAFormulaIsQuoted(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Article VII", "'quoted'", "1939-10-10", "Šešupė = border", " =leading space"})
    void otherCellsStayAsTheyAre(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo(text);
    }
}
