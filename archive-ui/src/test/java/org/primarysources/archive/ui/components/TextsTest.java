package org.primarysources.archive.ui.components;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void nothingIsShownAsAnEmptyText() {
        assertThat(Texts.shorten(null, 90)).isEmpty();
    }

    @Test
    void aShortTextIsShownWholeOnOneLine() {
        assertThat(Texts.shorten("  Article VII:\n  sovereignty  ", 40)).isEqualTo("Article VII: sovereignty");
        assertThat(Texts.shorten("one two", 7)).isEqualTo("one two");
    }

    @Test
    void aLongTextIsCutAfterItsLastWholeWord() {
        assertThat(Texts.shorten("one two three four", 10)).isEqualTo("one two…");
        assertThat(Texts.shorten("one two three four", 13)).isEqualTo("one two three…");
        assertThat(Texts.shorten("one, two, three", 5)).isEqualTo("one,…");
    }

    @Test
    void aTextWithoutABreakPastHalfWayIsCutAtTheLength() {
        assertThat(Texts.shorten("a b" + "c".repeat(20), 10)).isEqualTo("a bccccccc…");
        assertThat(Texts.shorten("abcde fghijklmnop", 10)).isEqualTo("abcde fghi…");
    }
}
