package org.primarysources.archive.core.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.review.WordDiff.Op.DELETE;
import static org.primarysources.archive.core.review.WordDiff.Op.EQUAL;
import static org.primarysources.archive.core.review.WordDiff.Op.INSERT;

class WordDiffTest {

    @Test
    void marksChangedWordsOnly() {
        assertThat(WordDiff.diff("Sovereignty is not affected", "Sovereignty is never affected", false, false))
                .containsExactly(new WordDiff.Segment(EQUAL, "Sovereignty is "), new WordDiff.Segment(DELETE, "not"),
                        new WordDiff.Segment(INSERT, "never"), new WordDiff.Segment(EQUAL, " affected"));
    }

    @Test
    void canIgnoreWhitespaceAndDiacritics() {
        assertThat(WordDiff.diff("west of  the Šešupė", "west of the\nSesupe", true, true))
                .containsExactly(new WordDiff.Segment(EQUAL, "west of  the Šešupė"));
        assertThat(WordDiff.diff("the Šešupė", "the Sesupe", false, false))
                .contains(new WordDiff.Segment(DELETE, "Šešupė"), new WordDiff.Segment(INSERT, "Sesupe"));
    }

    @Test
    void ignoringDiacriticsFoldsLettersAsAFoldedSearchDoes() {
        assertThat(WordDiff.diff("Łódź, Ørsted and Straße", "Lodz, Orsted and Strasse", false, true))
                .containsExactly(new WordDiff.Segment(EQUAL, "Łódź, Ørsted and Straße"));
        assertThat(WordDiff.diff("Łódź", "Lodz", false, false))
                .containsExactly(new WordDiff.Segment(DELETE, "Łódź"), new WordDiff.Segment(INSERT, "Lodz"));
    }

    @Test
    void aCreateIsAllInserted() {
        assertThat(WordDiff.diff(null, "Article IX", false, false))
                .containsExactly(new WordDiff.Segment(INSERT, "Article IX"));
    }

    @Test
    void sideBySideShowsDeletionsBeforeAndInsertionsAfter() {
        WordDiff.Sides sides = WordDiff.sideBySide("Sovereignty is not affected", "Sovereignty is never affected",
                false, false);

        assertThat(sides.before()).containsExactly(new WordDiff.Segment(EQUAL, "Sovereignty is "),
                new WordDiff.Segment(DELETE, "not"), new WordDiff.Segment(EQUAL, " affected"));
        assertThat(sides.after()).containsExactly(new WordDiff.Segment(EQUAL, "Sovereignty is "),
                new WordDiff.Segment(INSERT, "never"), new WordDiff.Segment(EQUAL, " affected"));
    }

    @Test
    void sideBySideAfterShowsTheProposedTextEvenWhereDifferencesAreIgnored() {
        WordDiff.Sides sides = WordDiff.sideBySide("west of  the Šešupė", "west of the\nSesupe river", true, true);

        assertThat(sides.before()).containsExactly(new WordDiff.Segment(EQUAL, "west of  the Šešupė"));
        assertThat(sides.after()).containsExactly(new WordDiff.Segment(EQUAL, "west of the\nSesupe"),
                new WordDiff.Segment(INSERT, " river"));
    }

    @Test
    void sideBySideOfACreateHasAnEmptyBefore() {
        WordDiff.Sides sides = WordDiff.sideBySide(null, "Article IX", false, false);

        assertThat(sides.before()).isEmpty();
        assertThat(sides.after()).containsExactly(new WordDiff.Segment(INSERT, "Article IX"));
    }
}
