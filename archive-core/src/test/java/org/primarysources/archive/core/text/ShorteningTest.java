package org.primarysources.archive.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShorteningTest {

    @Test
    void oneLineStripsAndJoinsEveryRunOfWhitespace() {
        assertThat(Shortening.oneLine("  Article VII:\n\t sovereignty  ")).isEqualTo("Article VII: sovereignty");
        assertThat(Shortening.oneLine(null)).isEmpty();
    }

    @Test
    void cutKeepsTheFirstCharactersAndAddsTheEllipsis() {
        assertThat(Shortening.cut("x".repeat(40), 40)).isEqualTo("x".repeat(40));
        assertThat(Shortening.cut("x".repeat(41), 40)).isEqualTo("x".repeat(40) + "…");
        assertThat(Shortening.cut(null, 40)).isNull();
    }

    @Test
    void fitCountsTheEllipsisInTheWidth() {
        assertThat(Shortening.fit("x".repeat(80), 80)).isEqualTo("x".repeat(80));
        assertThat(Shortening.fit("x".repeat(81), 80)).isEqualTo("x".repeat(79) + "…").hasSize(80);
        assertThat(Shortening.fit("Sovereignty", 80)).isEqualTo("Sovereignty");
        assertThat(Shortening.fit("Sovereignty is not affected", 12)).isEqualTo("Sovereignty…");
    }

    @Test
    void aLetterOutsideTheBasicPlaneCountsAsOneAndIsNeverCutInHalf() {
        String gothic = "𐌰𐌱𐌲𐌳𐌴";

        assertThat(Shortening.cut(gothic, 5)).isEqualTo(gothic);
        assertThat(Shortening.cut(gothic, 3)).isEqualTo("𐌰𐌱𐌲…");
        assertThat(Shortening.fit(gothic, 3)).isEqualTo("𐌰𐌱…");
        assertThat(Shortening.atWord(gothic + gothic, 7)).isEqualTo(gothic + "𐌰𐌱…");
    }

    @Test
    void atWordCutsAfterTheLastWholeWord() {
        assertThat(Shortening.atWord("one two three four", 18)).isEqualTo("one two three four");
        assertThat(Shortening.atWord("one two three four", 10)).isEqualTo("one two…");
        assertThat(Shortening.atWord("one, two, three", 5)).isEqualTo("one,…");
    }

    @Test
    void aWordEndingRightAtTheLengthIsWhole() {
        assertThat(Shortening.atWord("one two three four", 13)).isEqualTo("one two three…");
    }

    @Test
    void withoutAWordEndingPastHalfWayTheTextIsCutAtTheLength() {
        assertThat(Shortening.atWord("abcde fghijklmnop", 10)).isEqualTo("abcde fghi…");
        assertThat(Shortening.atWord("abcdef ghijklmnop", 10)).isEqualTo("abcdef…");
        assertThat(Shortening.atWord("x".repeat(30), 10)).isEqualTo("x".repeat(10) + "…");
    }

    @Test
    void atWordKeepsLinesButNoWhitespaceBeforeTheEllipsis() {
        assertThat(Shortening.atWord("first line\nsecond", 20)).isEqualTo("first line\nsecond");
        assertThat(Shortening.atWord("first line\n second line", 13)).isEqualTo("first line…");
    }

    @Test
    void wordEndIsWhereAtWordCuts() {
        assertThat(Shortening.wordEnd("one two three four", 10)).isEqualTo(7);
        assertThat(Shortening.wordEnd("x".repeat(30), 10)).isEqualTo(10);
        assertThat(Shortening.wordEnd("short", 10)).isEqualTo(5);
    }

    @Test
    void aTitleIsOneLineThatLeavesRoomForItsEllipsis() {
        assertThat(Shortening.title("  Жить стало лучше,\n  товарищи. ", 100)).isEqualTo("Жить стало лучше, товарищи.");
        assertThat(Shortening.title("one two three four", 13)).isEqualTo("one two…");
        assertThat(Shortening.title("one two three four", 14)).isEqualTo("one two three…");
    }

    @Test
    void aTitleLeavesNoPunctuationBeforeItsEllipsis() {
        assertThat(Shortening.title("one two, three; four", 14)).isEqualTo("one two…");
        assertThat(Shortening.title("one two: three four", 14)).isEqualTo("one two…");
    }

    @Test
    void aTitleWithoutAWordEndingPastHalfWayIsItsFirstCharacters() {
        assertThat(Shortening.title("字".repeat(150), 100)).isEqualTo("字".repeat(100) + "…");
    }
}
