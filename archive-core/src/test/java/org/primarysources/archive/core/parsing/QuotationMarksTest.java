package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which marks open and close a quotation in each language, and which marks are apostrophes or measures. */
class QuotationMarksTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            GERMAN | Er sagte „Wir kommen bald“ und ging. | Wir kommen bald
            GERMAN | Sie nannten es ‚eine schwere Last‘ im Rat. | eine schwere Last
            GERMAN | Er schrieb »Das Ende naht« an den Rand. | Das Ende naht
            GERMAN | Die Schweizer Zeitung schrieb «Der Friede hält» damals. | Der Friede hält
            POLISH | Piłsudski powiedział „Umowa z Kownem jest papierem” i wyszedł. | Umowa z Kownem jest papierem
            POLISH | Nazwał to ”papierem bez wartości” w liście. | papierem bez wartości
            POLISH | Pisał „mówił «nie oddamy Wilna» głośno” w liście. | mówił «nie oddamy Wilna» głośno
            LITHUANIAN | Jis sakė „Lietuva be Vilniaus negali gyventi“ Maskvoje. | Lietuva be Vilniaus negali gyventi
            FRENCH | Il déclara « la paix est juste » devant tous. | la paix est juste
            FRENCH | Il écrivit “une paix durable” en 1920. | une paix durable
            RUSSIAN | Он назвал его «похабным миром» публично. | похабным миром
            RUSSIAN | Он писал «мир „на вечные времена“ подписан» в Риге. | мир „на вечные времена“ подписан
            ENGLISH | He called it 'an obscene peace' at once. | an obscene peace
            ENGLISH | He called it ‘an obscene peace’ at once. | an obscene peace
            ENGLISH | Tõnisson's party said 'we won't sign it' later. | we won't sign it
            ENGLISH | The 12" guns and 5'' shells were 'far too few' they said. | far too few
            ENGLISH | He stood 5'11" tall and said "we shall see it through" then. | we shall see it through
            ENGLISH | The treaty was called "the peace of 1920" by the press. | the peace of 1920
            """)
    void pairsTheMarksOfTheLanguage(ArticleLanguage language, String sentence, String exact) {
        assertThat(EncyclopediaArticleParser.parse(sentence, null, language).quotes())
                .extracting(ParsedQuote::exact).containsExactly(exact);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FRENCH | Le journal parla de „deux pays voisins“ et de »trois pays voisins« alors.
            ENGLISH | The Workers' and Peasants' Red Army crossed the country's border at dawn.
            ENGLISH | The 12" guns and the 14" guns of the fleet stood ready.
            ENGLISH | The guns were 12"-calibre and the shells 5'' long, the "report" said.
            """)
    void marksTheLanguageDoesNotPairOrThatAreNoQuotationMarksQuoteNothing(ArticleLanguage language,
                                                                         String sentence) {
        assertThat(EncyclopediaArticleParser.parse(sentence, null, language).quotes()).isEmpty();
    }

    @Test
    void aMarkClosesOnlyTheKindItBelongsTo() {
        QuotationMarks german = QuotationMarks.of(ArticleLanguage.GERMAN);
        String text = "Er rief „Wir kommen« und „gehen“ heute.";

        assertThat(german.in(text, 0, text.length())).containsExactly(
                new QuotationMarks.Span(text.indexOf('„'), text.indexOf('“')));
    }
}
