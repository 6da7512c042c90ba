package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class CitationsTest {

    private final Citations citations = new Citations();

    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void anEntityRecordCannotBeCited(CitationFormat format) {
        RecordDetails clause = aClause().build();
        RecordDetails entity = new RecordDetails(5, RecordKind.ENTITY, 1, null, null, null, null, null, null, null,
                null, null, null, "Vyacheslav Molotov", null, null, null, null, null, "h", null, null, false);

        InvalidInputException e = catchThrowableOfType(() -> citations.cite(entity, aTreaty().build(), format,
                null, versionUrl(clause), ACCESSED), InvalidInputException.class);

        assertThat(e.field()).isEqualTo("record");
    }

    @Test
    void aLongQuoteIsTitledByItsFirstWordsCutAtAWordBoundary() {
        String speech = "Товарищи, " + "жить стало лучше, жить стало веселее; ".repeat(6);

        String title = CitedItem.shortForm(speech);

        assertThat(title).isEqualTo(
                "Товарищи, жить стало лучше, жить стало веселее; жить стало лучше, жить стало веселее; жить стало…");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(CitedItem.TITLE_LENGTH + 1);
    }

    @Test
    void aQuoteOfExactlyTheTitleLengthIsTitledByAllOfIt() {
        String quote = "жить ".repeat(20).strip() + "!";

        assertThat(CitedItem.shortForm(quote)).isEqualTo(quote);
    }

    @Test
    void theTitleLeavesRoomForItsEllipsisAndNoPunctuationBeforeIt() {
        String quote = "a".repeat(60) + ", " + "b".repeat(38) + " tail";

        assertThat(CitedItem.shortForm(quote)).isEqualTo("a".repeat(60) + "…");
    }

    @Test
    void aQuoteWithoutABreakPastHalfWayIsTitledByItsFirstCharacters() {
        assertThat(CitedItem.shortForm("字".repeat(150))).isEqualTo("字".repeat(100) + "…");
        assertThat(CitedItem.shortForm("𐌰".repeat(150))).isEqualTo("𐌰".repeat(100) + "…");
    }

    @Test
    void aShortQuoteIsTitledByAllOfItsWordsOnOneLine() {
        assertThat(CitedItem.shortForm("  Жить стало лучше,\n  товарищи. ")).isEqualTo("Жить стало лучше, товарищи.");
    }

    @Test
    void anUnlabelledClauseIsTitledByItsText() {
        RecordDetails clause = aClause().labelled(null).build();

        assertThat(citations.cite(clause, aTreaty().build(), CitationFormat.RIS, null, versionUrl(clause), ACCESSED))
                .contains("TI  - Der gegenwärtige Vertrag soll in möglichst kurzer Zeit ratifiziert werden.\r\n");
    }

    @Test
    void aQuoteIsCitedFromTheCitationOfTheGivenSource() {
        RecordDetails quote = aQuote().build();

        assertThat(citations.cite(quote, aTreaty().build(), CitationFormat.RIS, null, versionUrl(quote), ACCESSED))
                .doesNotContain("SP  - ").contains("N1  - text-sha256: " + CitableFixtures.TREATY_TEXT_HASH);
    }
}
