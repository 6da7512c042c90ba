package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A second article in the scraper's format, written for this test and not derived from the seed: the Peace of Riga
 * (1921). It has other names and scripts (Polish ł ą ż, Latvian ā ī ļ ķ ņ ū, German ß ü ö), single- and multi-line
 * glosses (one of them a disambiguation list, one with a short line inside), a link inside a list item, citation
 * brackets spanning lines, an arabic-numbered clause list with gaps, quotations in „…“, „…” and "…" with and without
 * speakers and with labelled and quoted translations, an italic title split by its gloss, a template line, and end
 * matter with mixed category lines. Its wording is illustrative test material, not a source to cite.
 */
class PeaceOfRigaArticleTest {

    private static final ParsedArticle ARTICLE = EncyclopediaArticleParser.parse(
            EncyclopediaArticleParserTest.resource("peace-of-riga.txt"), null);
    private static final String TEXT = ARTICLE.transcription();

    @Test
    void titleStopsAtTheFirstComma() {
        assertThat(ARTICLE.title()).isEqualTo("Peace of Riga");
        assertThat(TEXT).startsWith("The Peace of Riga, also known as the Treaty of Riga, was a peace treaty signed in"
                + " Riga on 18 March 1921 between the Second Polish Republic on one side and Soviet Russia (acting");
    }

    @Test
    void readsTheListedArticlesWithTheirNumbers() {
        assertThat(ARTICLE.clauses()).extracting(ParsedClause::label, ParsedClause::ordinal, ParsedClause::locator)
                .containsExactly(tuple("Article 1", 1, "1"), tuple("Article 2", 2, "2"), tuple("Article 3", 3, "3"),
                        tuple("Article 5", 5, "5"), tuple("Article 7", 7, "7"), tuple("Article 11", 11, "11"),
                        tuple("Article 13", 13, "13"));
        assertThat(ARTICLE.clauses().get(0).text())
                .isEqualTo("Poland, Russia and Ukraine declare the state of war between them ended.");
        assertThat(ARTICLE.clauses().get(3).text()).isEqualTo("Both parties undertake to refrain from any interference"
                + " in each other's internal affairs and not to support organisations hostile to the other side, such"
                + " as the forces of the Ukrainian People's Republic in exile.");
        assertThat(ARTICLE.clauses()).allSatisfy(clause ->
                assertThat(TEXT.substring(clause.start(), clause.end())).isEqualTo(clause.text()));
    }

    @Test
    void findsTheThreeQuotationsWithSpeakersAndTranslations() {
        assertThat(ARTICLE.quotes()).extracting(ParsedQuote::exact, ParsedQuote::speakerName,
                ParsedQuote::translation, ParsedQuote::translationLanguage).containsExactly(
                tuple("ein Frieden der Erschöpfung, nicht des Sieges", "Rigasche Rundschau",
                        "a peace of exhaustion, not of victory", "en"),
                tuple("Ja was przepraszam, panowie, ja was bardzo przepraszam", "Józef Piłsudski",
                        "I apologise to you, gentlemen, I apologise very much", "en"),
                tuple("Riga line", null, null, null));
        assertThat(ARTICLE.quotes()).allSatisfy(quote -> {
            assertThat(TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.exact());
            assertThat(TEXT).contains(quote.context());
            assertThat(TEXT.substring(0, quote.start())).endsWith(quote.prefix());
            assertThat(TEXT.substring(quote.end())).startsWith(quote.suffix());
        });
        assertThat(ARTICLE.quotes().get(1).context()).startsWith("In May 1921, visiting an internment camp")
                .endsWith("(\"I apologise to you, gentlemen, I apologise very much\").");
        assertThat(ARTICLE.quotes()).extracting(ParsedQuote::exact).doesNotContain("compromise",
                "I apologise to you, gentlemen, I apologise very much");
    }

    @Test
    void anItalicTitleSplitByItsGlossIsOneName() {
        assertThat(TEXT).contains("It was described by Rigasche Rundschau as „ein Frieden der Erschöpfung");
        assertThat(entity("Rigasche Rundschau").typeGuess()).isEqualTo("ORGANISATION");
        assertThat(entity("Rigasche Rundschau").occurrences()).containsExactly(TEXT.indexOf("Rigasche Rundschau"));
    }

    @Test
    void oneEntityPerGlossWithItsNameAsTheArticleShowsIt() {
        assertThat(ARTICLE.entities()).extracting(ParsedEntity::name).containsExactly("Riga", "Second Polish Republic",
                "Soviet Russia", "Polish–Soviet War", "Soviet invasion of Poland", "Rigasche Rundschau", "World War I",
                "Treaty of Brest-Litovsk", "Paris Peace Conference", "Józef Piłsudski", "Battle of Warsaw",
                "Neman River", "Minsk", "House of the Blackheads", "Jan Dąbski", "Adolph Joffe", "Curzon Line",
                "Ukrainian People's Republic", "Symon Petliura", "Latvian");
        assertThat(ARTICLE.entities()).allSatisfy(entity -> assertThat(entity.occurrences()).singleElement()
                .satisfies(at -> assertThat(TEXT.startsWith(entity.name(), at)).isTrue()));
        assertThat(entity("Adolph Joffe").description()).startsWith("Adolph Abramovich Joffe (10 October 1883")
                .endsWith("\nBiography\nBorn in Simferopol to a wealthy Karaite family, Joffe");
        assertThat(entity("Minsk").description()).isEqualTo("Minsk may refer to:\n* Minsk, the capital of Belarus\n"
                + "* Minsk Region, a region of Belarus\n* Minsk Governorate, a governorate of the Russian Empire and of"
                + " Soviet Russia");
    }

    @Test
    void guessesWhatKindOfEntityEachGlossDescribes() {
        assertThat(List.of("Józef Piłsudski", "Jan Dąbski", "Adolph Joffe", "Symon Petliura"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isEqualTo("PERSON"));
        assertThat(List.of("Riga", "Second Polish Republic", "Soviet Russia", "Neman River", "House of the Blackheads",
                "Ukrainian People's Republic"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isEqualTo("PLACE"));
        assertThat(List.of("Polish–Soviet War", "World War I", "Treaty of Brest-Litovsk", "Battle of Warsaw",
                "Curzon Line", "Latvian", "Soviet invasion of Poland"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isNull());
    }

    @Test
    void noGlossMarkupOrEndMatterRemains() {
        assertThat(TEXT).doesNotContain("Primate city", "Brotherhood of Blackheads", "Biography", "Born in Simferopol",
                "Minsk may refer to", "* Minsk", "Miracle on the Vistula", "Lord Curzon", " ...", "[", "]", "''",
                "(; ; )", "See also", "Treaty of Tartu", "References", "Borzęcki", "DEFAULTSORT", "Peace treaties",
                "Category");
        assertThat(TEXT).doesNotContain("  ", " ,", " .", " ;", "( ");
    }

    @Test
    void linesBrokenAtLinksAndBracketsAreRejoined() {
        assertThat(TEXT).contains(
                "After the end of World War I, the borders between Poland and the Soviet republics had been settled"
                        + " neither by the Treaty of Brest-Litovsk nor by the Paris Peace Conference.",
                "After the Polish victory in the Battle of Warsaw and on the Neman River, both sides were exhausted"
                        + " and ready to negotiate.",
                "the exiled government of Symon Petliura's Ukrainian People's Republic lost its last foreign ally.",
                "The Polish delegation was led by Jan Dąbski, with Stanisław Grabski and Leon Wasilewski; the Soviet"
                        + " delegation was led by Adolph Joffe, with Yakov Ganetsky and Emanuel Kviring.",
                "The border set at Riga lasted until 1939. In the Latvian capital the treaty is remembered");
    }

    @Test
    void keepsEveryLetterAsWritten() {
        assertThat(TEXT).contains("called Weißrussland in the German press", "the Daugava (German: Düna)",
                "Kārlis Ulmanis", "Kaļķu iela and Šķūņu iela", "Stanisław Grabski", "Jan Dąbski");
    }

    @Test
    void headingsListsAndUnknownLinesKeepTheirPlace() {
        assertThat(ARTICLE.headings()).extracting(Heading::text)
                .containsExactly("Background", "Negotiations", "Terms", "Provisions", "Aftermath", "Legacy");
        assertThat(TEXT).contains("Background\n{{Main|Polish–Soviet War}}\nAfter the end of World War I",
                "for the talks:\n1. recognition of its independence by Soviet Russia and Soviet Ukraine;\n"
                        + "2. a border east of the Curzon Line;\n3. compensation for property taken to Russia",
                "Provisions\nThe treaty had 26 articles. The most important were:\n• Article 1: Poland");
    }

    @Test
    void categoriesComeWithOrWithoutTheirPrefix() {
        assertThat(ARTICLE.categories()).containsExactly("Treaties of the Second Polish Republic",
                "Treaties of the Russian Soviet Federative Socialist Republic", "Polish–Soviet War", "Peace treaties",
                "1921 in Latvia", "Poland–Soviet Union relations");
    }

    private static ParsedEntity entity(String name) {
        return ARTICLE.entities().stream().filter(entity -> entity.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).findFirst().orElseThrow();
    }
}
