package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence breaks in each language: written with "¦" where a sentence ends, read back without it. */
class SentencesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ENGLISH | The talks began in August. ¦ Gen. J. Haller said "the army is ready." ¦ They ended in March.
            ENGLISH | Mr. Smith met Dr. Jones, e.g. at No. 10 Downing Street. ¦ Then the war came.
            ENGLISH | Lithuania joined in 1939. ¦ 1940 brought the occupation. ¦ Was it planned? ¦ 12 men knew.
            ENGLISH | He asked "will they come?" and waited. ¦ "They will," he said.
            GERMAN | Der Vertrag wurde am 10. Oktober 1920 unterzeichnet. ¦ Er galt z. B. für Art. 5 und Nr. 12.
            GERMAN | Gen. Laidoner traf J. Stalin am 3. Mai. ¦ 1940 wurde Estland besetzt.
            GERMAN | Er sagte: „Wir kommen.“ ¦ Dann ging er. ¦ „Wohin?“, fragte Molotow.
            GERMAN | Er rief „Halt!“ und ging. ¦ Der Minister schwieg.
            POLISH | Umowę podpisano 7 października 1920 r. w Suwałkach. ¦ Gen. Żeligowski zajął m.in. Wilno.
            POLISH | W 1920 r. Polska i Litwa rozmawiały, np. w Kalwarii. ¦ Dnia 10. października wojska ruszyły.
            POLISH | Mackiewicz powiedział: „Przyjechaliśmy tu po to, by przerwać rozlew krwi.” ¦ Litwini milczeli.
            LITHUANIAN | Sutartis pasirašyta 1920 m. liepos 12 d. Maskvoje. ¦ Ją pasirašė T. Naruševičius.
            LITHUANIAN | Naruševičius pareiškė: „Lietuva be Vilniaus negali gyventi.“ ¦ Joffe tylėjo.
            FRENCH | Le traité fut signé le 2 février 1920. ¦ M. Poska déclara : « La paix est juste. » ¦ Voir l'art. 3.
            FRENCH | Selon Joffe, la Russie reconnaît l'Estonie. ¦ 1920 fut l'année de la paix.
            RUSSIAN | Договор подписан в 1920 г. в Риге. ¦ И. В. Сталин не участвовал, т. е. делегацию вёл Иоффе.
            RUSSIAN | Иоффе заявил: «Мы не намерены торговаться». ¦ 1921 год принёс признание.
            """)
    void breaksWhereASentenceEnds(ArticleLanguage language, String marked) {
        List<String> expected = Arrays.stream(marked.split(" ¦ ")).toList();
        String text = String.join(" ", expected);

        assertThat(sentences(language, text)).containsExactlyElementsOf(expected);
    }

    @Test
    void aQuotationAtTheEndOfALineEndsItsSentenceThere() {
        String text = "Die Delegation reiste ab.\nSelter schrieb: „Wir hatten keine Wahl.“\nDann kam der Winter.";
        Sentences german = Sentences.of(ArticleLanguage.GERMAN);
        int line = text.indexOf("Selter");
        int lineEnd = text.indexOf('\n', line);
        int quote = text.indexOf("Wir");

        assertThat(german.start(text, line, quote)).isEqualTo(line);
        assertThat(german.end(text, quote, lineEnd)).isEqualTo(lineEnd);
        assertThat(german.boundaries(text, line, lineEnd)).isEmpty();
    }

    @Test
    void startAndEndFindTheSentenceAroundAPosition() {
        String text = "Der Krieg endete am 2. Februar 1920. Gen. Laidoner sagte: „Es ist vorbei.“ Alle jubelten.";
        Sentences german = Sentences.of(ArticleLanguage.GERMAN);
        int at = text.indexOf("Es ist");

        assertThat(text.substring(german.start(text, 0, at), german.end(text, at, text.length())))
                .isEqualTo("Gen. Laidoner sagte: „Es ist vorbei.“");
    }

    @Test
    void noBreakWithoutASpaceOrBeforeALowerCaseWord() {
        String text = "Er kam an.Dann ging er. und blieb? oder nicht.";

        assertThat(Sentences.of(ArticleLanguage.GERMAN).boundaries(text, 0, text.length())).isEmpty();
    }

    @Test
    void anOrdinalIsOneOnlyInALanguageThatWritesThemSo() {
        String english = "The delegation counted 10. Officers came later.";
        String german = "Die Delegation kam am 10. Oktober an.";

        assertThat(sentences(ArticleLanguage.ENGLISH, english))
                .containsExactly("The delegation counted 10.", "Officers came later.");
        assertThat(sentences(ArticleLanguage.GERMAN, german)).containsExactly(german);
    }

    @Test
    void aQuotationsContextIsItsOwnSentenceInTheFixtures() {
        ParsedArticle german = fixture("de-beistandspakt-estland.txt");
        ParsedArticle lithuanian = fixture("lt-maskvos-taikos-sutartis.txt");
        ParsedArticle french = fixture("fr-traite-de-tartu.txt");

        assertThat(german.quotes().get(0).context()).isEqualTo("Molotow drohte offen mit Gewalt: „Wenn Sie nicht"
                + " einverstanden sind, wird die Sowjetunion ihre Sicherheit auf andere Weise gewährleisten müssen.“");
        assertThat(german.quotes().get(2).context())
                .isEqualTo("Er fügte hinzu: „Ein kleines Volk kann sich einem Riesen nicht in den Weg stellen.“");
        assertThat(german.quotes().get(1).speakerMention()).isEqualTo("Am 24. September 1939 reiste der estnische"
                + " Außenminister Karl Selter nach Moskau, um ein Handelsabkommen zu unterzeichnen.");
        assertThat(lithuanian.quotes().get(0).context()).isEqualTo(
                "Naruševičius pareiškė: „Lietuva be Vilniaus negali gyventi, tai mūsų istorinė sostinė.“");
        assertThat(french.quotes().get(3).context()).isEqualTo(
                "Il a déclaré: « Nous reconnaissons sans réserve l'indépendance de l'Estonie. »");
    }

    private static ParsedArticle fixture(String name) {
        return EncyclopediaArticleParser.parse(EncyclopediaArticleParserTest.resource(name), null);
    }

    private static List<String> sentences(ArticleLanguage language, String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int boundary : Sentences.of(language).boundaries(text, 0, text.length())) {
            sentences.add(text.substring(start, boundary).strip());
            start = boundary;
        }
        sentences.add(text.substring(start).strip());
        return sentences;
    }
}
