package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotations, their speakers and translations, read from small articles through the parser. */
class QuotationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The envoy arrived. "We shall not give up Wilno," said Leon Wasilewski. | Leon Wasilewski
            The envoy arrived. "We shall not give up Wilno", Leon Wasilewski said. | Leon Wasilewski
            According to Jan Dąbski, "the border is a compromise between two tired armies." | Jan Dąbski
            At the end of the talks the Polish delegate Jan Dąbski declared: "Peace is signed." | Jan Dąbski
            Later, Piłsudski told the officers: "I apologise to you, gentlemen." | Piłsudski
            He said "we shall see it through to the end." | -
            The treaty was later called "a peace of exhaustion" in the press. | -
            Piłsudski said "we shall see it through to the end." | -
            The slogan "bread and peace" was painted on the walls. | -
            """)
    void proposesTheSpeakerOnlyWhenTheSentenceNamesOne(String sentence, String speaker) {
        assertThat(onlyQuote(sentence).speakerName()).isEqualTo(speaker);
    }

    @Test
    void aLinkedEntityIsProposedByItsFullName() {
        ParsedArticle article = EncyclopediaArticleParser.parse("""
                The talks were chaired by
                Józef Piłsudski
                Józef Klemens Piłsudski (; 5 December 1867 – 12 May 1935) was a Polish statesman ...
                . Later, Piłsudski replied "There will be no more war in the east."
                """, null);

        assertThat(article.quotes()).singleElement()
                .satisfies(quote -> assertThat(quote.speakerName()).isEqualTo("Józef Piłsudski"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            They sang „Jeszcze Polska nie zginęła” (translation: Poland has not yet perished). \
            | Jeszcze Polska nie zginęła | Poland has not yet perished
            They sang „Dievs, svētī Latviju!“ ("God, bless Latvia!") at the signing. \
            | Dievs, svētī Latviju! | God, bless Latvia!
            The banner read «Brīvība un miers» (freedom and peace) in large letters. \
            | Brīvība un miers | freedom and peace
            The general wrote “We will not yield an inch of our soil.” (1920) in his diary. \
            | We will not yield an inch of our soil. | -
            The general wrote “We will not yield an inch.” (he meant the river line) in his diary. \
            | We will not yield an inch. | -
            """)
    void readsTranslationsGivenInParenthesesAfterTheQuotation(String sentence, String exact, String translation) {
        ParsedQuote quote = onlyQuote(sentence);

        assertThat(quote.exact()).isEqualTo(exact);
        assertThat(quote.translation()).isEqualTo(translation);
        assertThat(quote.translationLanguage()).isEqualTo(translation == null ? null : "en");
    }

    @Test
    void theExactTextHasNoQuotationMarksAndNoTrailingComma() {
        ParsedArticle article = EncyclopediaArticleParser.parse(
                "The delegates praised \"traditional friendship,\" but feared the future.", null);
        ParsedQuote quote = article.quotes().get(0);

        assertThat(quote.exact()).isEqualTo("traditional friendship");
        assertThat(quote.prefix()).endsWith("praised \"");
        assertThat(quote.suffix()).startsWith(",\" but");
        assertThat(quote.context()).isEqualTo(article.transcription());
    }

    @Test
    void theContextIsTheQuotationsSentenceDespiteInitialsAndAbbreviations() {
        ParsedArticle article = EncyclopediaArticleParser.parse("The talks began in August. Gen. J. Haller"
                + " said \"the army is ready for peace.\" The talks ended in March.", null);

        assertThat(article.quotes().get(0).context())
                .isEqualTo("Gen. J. Haller said \"the army is ready for peace.\"");
        assertThat(article.quotes().get(0).speakerName()).isEqualTo("Gen. J. Haller");
    }

    @Test
    void singleWordsAndUnclosedMarksAreNoQuotations() {
        List<ParsedQuote> quotes = EncyclopediaArticleParser.parse("The Poles spoke of a \"compromise\" while the"
                + " Soviets spoke of a „victory“. Then a stray \" mark appeared without its pair.", null).quotes();

        assertThat(quotes).isEmpty();
    }

    private static ParsedQuote onlyQuote(String sentence) {
        return EncyclopediaArticleParser.parse(sentence, null).quotes().stream().reduce((a, b) -> {
            throw new AssertionError("more than one quotation in " + sentence);
        }).orElseThrow(() -> new AssertionError("no quotation in " + sentence));
    }
}
