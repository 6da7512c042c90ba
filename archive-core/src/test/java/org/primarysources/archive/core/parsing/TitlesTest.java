package org.primarysources.archive.core.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The title is the subject the first sentence names, in the language's words that end it. */
class TitlesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GERMAN | Der Friedensvertrag von Brest-Litowsk wurde am 3. März 1918 zwischen Sowjetrussland und den \
            Mittelmächten unterzeichnet. | Der Friedensvertrag von Brest-Litowsk
            GERMAN | Die Verträge von Locarno wurden im Oktober 1925 ausgehandelt. | Die Verträge von Locarno
            GERMAN | Der Hitler-Stalin-Pakt gilt als Auftakt zum Zweiten Weltkrieg. | Der Hitler-Stalin-Pakt
            GERMAN | Der Vertrag von Tartu wird in Estland als Geburtsurkunde gesehen. | Der Vertrag von Tartu
            POLISH | Traktat brzeski został podpisany 3 marca 1918 roku w Brześciu. | Traktat brzeski
            POLISH | Umowa suwalska została zawarta 7 października 1920 roku. | Umowa suwalska
            POLISH | Porozumienie ryskie zostało zawarte w 1921 roku. | Porozumienie ryskie
            FRENCH | Le traité de Brest-Litovsk a été signé le 3 mars 1918 entre la Russie et les Empires centraux. \
            | Traité de Brest-Litovsk
            ENGLISH | The Treaty of Brest-Litovsk was a separate peace treaty signed on 3 March 1918. \
            | Treaty of Brest-Litovsk
            """)
    void theSubjectEndsBeforeTheVerb(ArticleLanguage language, String firstParagraph, String title) {
        assertThat(Titles.of(firstParagraph, null, language)).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GERMAN | Am 10. Oktober unterzeichneten die Delegationen in der Stadt Tartu den lange erwarteten \
            Vertrag. Danach reisten sie ab. | Am 10. Oktober unterzeichneten die Delegationen in der Stadt Tartu den \
            lange erwarteten Vertrag
            POLISH | W 1920 r. Polska i Litwa podpisały umowę. Potem | W 1920 r. Polska i Litwa podpisały umowę
            """)
    void withoutASubjectTheTitleIsTheFirstSentence(ArticleLanguage language, String firstParagraph, String title) {
        assertThat(Titles.of(firstParagraph, null, language)).isEqualTo(title);
    }
}
