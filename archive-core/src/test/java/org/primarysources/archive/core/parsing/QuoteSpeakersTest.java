package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Speakers the text before a quotation names: a lone surname for the person given in full earlier, a pronoun for the
 * nearest person named before. The articles are written for these tests; their wording is illustrative.
 */
class QuoteSpeakersTest {

    private static final String BREST_LITOWSK = """
            Der Friedensvertrag von Brest-Litowsk wurde am 3. März 1918 zwischen Sowjetrussland und den \
            Mittelmächten unterzeichnet. Die sowjetische Delegation leitete
            Leo Trotzki
            Leo Trotzki (* 7. November 1879 in Janowka; † 21. August 1940 in Coyoacán) war ein russischer \
            Revolutionär und Politiker ...
            . Am 10. Februar 1918 brach er die Verhandlungen ab und erklärte: „Weder Krieg noch Frieden.“ Er \
            reiste ab.
            Für die Mittelmächte verhandelte der Staatssekretär Richard von Kühlmann. Kühlmann erwiderte am \
            nächsten Tag: „Die Mittelmächte bestehen auf ihren Bedingungen.“ Die Verhandlungen ruhten.
            """;

    @Test
    void aPronounStandsForAPersonKnownByOneName() {
        // the name is its own surname: looking for both forms must not look for the same one twice
        String article = """
                The Treaty of Brest-Litovsk was a peace treaty signed on 3 March 1918 between Soviet Russia and the \
                Central Powers. In the Central Committee
                Lenin
                Vladimir Ilyich Ulyanov, better known as Lenin, was a Russian revolutionary and politician ...
                pushed its acceptance through. He later called it "an obscene peace" that had to be signed.
                """;

        ParsedArticle parsed = EncyclopediaArticleParser.parse(article, null, ArticleLanguage.ENGLISH);

        assertThat(parsed.quotes()).singleElement()
                .satisfies(quote -> assertThat(quote.exact()).isEqualTo("an obscene peace"))
                .satisfies(quote -> assertThat(quote.speakerName()).isEqualTo("Lenin"));
    }

    @Test
    void aPronounBeforeACoordinatedVerbAndASurnameGivenInFullEarlier() {
        ParsedArticle article = EncyclopediaArticleParser.parse(BREST_LITOWSK, null, ArticleLanguage.GERMAN);

        assertThat(article.quotes()).extracting(ParsedQuote::exact, ParsedQuote::speakerName).containsExactly(
                tuple("Weder Krieg noch Frieden.", "Leo Trotzki"),
                tuple("Die Mittelmächte bestehen auf ihren Bedingungen.", "Richard von Kühlmann"));
        assertThat(article.quotes().get(1).speakerMention())
                .isEqualTo("Für die Mittelmächte verhandelte der Staatssekretär Richard von Kühlmann.");
    }

    @Test
    void aPronounAfterTheVerbStandsForTheNearestPersonNamedBefore() {
        String article = """
                The Soviet delegation at Brest-Litovsk was led by
                Leon Trotsky
                Lev Davidovich Bronstein, better known as Leon Trotsky, was a Russian revolutionary ...
                . "Neither war nor peace," said he when the talks broke down in February 1918.
                """;

        assertThat(EncyclopediaArticleParser.parse(article, null, ArticleLanguage.ENGLISH).quotes())
                .extracting(ParsedQuote::speakerName).containsExactly("Leon Trotsky");
    }

    @Test
    void aCoordinatedVerbWithoutAPronounOrAPersonBeforeItHasNoSpeaker() {
        List<ParsedQuote> quotes = EncyclopediaArticleParser.parse("""
                Die Verhandlungen begannen im Dezember 1917 in Brest-Litowsk. Die Delegation reiste im Februar ab \
                und erklärte: „Der Krieg ist beendet.“
                """, null, ArticleLanguage.GERMAN).quotes();

        assertThat(quotes).extracting(ParsedQuote::speakerName).containsExactly((String) null);
    }
}
