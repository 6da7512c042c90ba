package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primarysources.archive.core.error.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The seed article, the Soviet–Lithuanian Mutual Assistance Treaty of 1939, as the scraper saved it. */
class EncyclopediaArticleParserTest {

    private static final String SEED = resource("seed-soviet-lithuanian-treaty.txt");
    private static final ParsedArticle ARTICLE = EncyclopediaArticleParser.parse(SEED, null);
    private static final String TEXT = ARTICLE.transcription();

    static String resource(String name) {
        try (InputStream in = EncyclopediaArticleParserTest.class.getResourceAsStream("/importing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void titleIsTheSubjectOfTheFirstSentence() {
        assertThat(ARTICLE.title()).isEqualTo("Soviet–Lithuanian Mutual Assistance Treaty");
    }

    @Test
    void titleCanBeOverridden() {
        assertThat(EncyclopediaArticleParser.parse(SEED, "  Mutual Assistance Treaty (1939) ").title())
                .isEqualTo("Mutual Assistance Treaty (1939)");
        assertThat(EncyclopediaArticleParser.parse(SEED, " ").title())
                .isEqualTo("Soviet–Lithuanian Mutual Assistance Treaty");
    }

    @Test
    void readsTheNineArticlesOfTheTreaty() {
        assertThat(ARTICLE.clauses()).extracting(ParsedClause::label, ParsedClause::ordinal, ParsedClause::locator,
                ParsedClause::text).containsExactly(
                tuple("Article I", 1, "I", "Transfer of Vilnius Region and the city of Vilnius to Lithuania"),
                tuple("Article II", 2, "II", "Mutual assistance in case of an attack"),
                tuple("Article III", 3, "III", "Soviet Union renders assistance to the Lithuanian Army in terms of"
                        + " munitions and equipment"),
                tuple("Article IV", 4, "IV", "Soviet Union receives right to station its troops in Lithuania. Base"
                        + " locations are to be decided by a separate treaty."),
                tuple("Article V", 5, "V", "Coordinated actions in case of an attack"),
                tuple("Article VI", 6, "VI", "Agreement not to participate in alliances against the other party"),
                tuple("Article VII", 7, "VII", "Sovereignty is not affected by this treaty"),
                tuple("Article VIII", 8, "VIII", "Articles II to VII are valid for a period of 15 years with an"
                        + " automatic extension for another 10 (note that transfer of Vilnius is permanent)"),
                tuple("Article IX", 9, "IX", "Date of effect"));
        assertThat(ARTICLE.clauses()).allSatisfy(clause ->
                assertThat(TEXT.substring(clause.start(), clause.end())).isEqualTo(clause.text()));
    }

    @Test
    void findsTheFourQuotationsWithTheirSpeakers() {
        assertThat(ARTICLE.quotes()).extracting(ParsedQuote::exact, ParsedQuote::speakerName).containsExactly(
                tuple("virtual sacrifice of independence.", "The New York Times"),
                tuple("No matter if you take Vilnius or not, Soviet troops will enter Lithuania anyway.",
                        "Joseph Stalin"),
                tuple("traditional Soviet–Lithuanian friendship", null),
                tuple("Vilnius – mūsų, Lietuva – rusų", null));
    }

    @Test
    void everyQuotationCanBeFoundVerbatimWithItsSentencePrefixAndSuffix() {
        assertThat(ARTICLE.quotes()).allSatisfy(quote -> {
            assertThat(TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.exact());
            assertThat(TEXT.substring(quote.start() - quote.prefix().length(), quote.start()))
                    .isEqualTo(quote.prefix());
            assertThat(TEXT.substring(quote.end(), quote.end() + quote.suffix().length())).isEqualTo(quote.suffix());
            assertThat(quote.prefix()).hasSizeLessThanOrEqualTo(32);
            assertThat(quote.suffix()).hasSizeLessThanOrEqualTo(32);
            assertThat(TEXT).contains(quote.context());
            assertThat(quote.context()).contains(quote.exact());
        });
        assertThat(ARTICLE.quotes().get(1).context()).isEqualTo("Stalin, though nervous, replied \"No matter if you"
                + " take Vilnius or not, Soviet troops will enter Lithuania anyway.\"");
        assertThat(ARTICLE.quotes().get(1).prefix()).isEqualTo("talin, though nervous, replied \"");
    }

    @Test
    void theSloganCarriesItsTranslation() {
        ParsedQuote slogan = ARTICLE.quotes().get(3);

        assertThat(slogan.translation()).isEqualTo("Vilnius is ours, but Lithuania is Russia's");
        assertThat(slogan.translationLanguage()).isEqualTo("en");
        assertThat(ARTICLE.quotes().subList(0, 3)).allSatisfy(quote -> {
            assertThat(quote.translation()).isNull();
            assertThat(quote.translationLanguage()).isNull();
        });
    }

    @Test
    void aSingleQuotedWordIsATermNotAQuotation() {
        assertThat(TEXT).contains("Lithuanians proceeded to \"re-Lithuanize\" cultural life");
        assertThat(ARTICLE.quotes()).extracting(ParsedQuote::exact).doesNotContain("re-Lithuanize");
    }

    @Test
    void oneEntityPerDistinctGloss() {
        // 60 glosses follow links in the body (one more follows a "See also" item); 9 repeat an entity
        assertThat(ARTICLE.entities()).hasSize(51);
        assertThat(ARTICLE.entities()).extracting(entity -> entity.name().toLowerCase(Locale.ROOT))
                .doesNotHaveDuplicates();
        assertThat(ARTICLE.entities()).extracting(ParsedEntity::name).contains("Soviet Union", "Lithuania",
                "Vilnius Region", "Vilnius", "Joseph Stalin", "The New York Times", "Moscow", "Żeligowski's Mutiny",
                "Russian Empire", "Peace of Riga", "Republic of Central Lithuania", "spheres of influence", "de jure",
                "Druskininkai", "TASS", "Vatican", "Polish złoty", "Lithuanian Soviet Socialist Republic");
        assertThat(ARTICLE.entities()).extracting(ParsedEntity::name)
                .doesNotContain("Polish National-Territorial Region", "Name", "Biography", "Geography");
    }

    @Test
    void everyEntityOccurrenceIsItsNameInTheTranscription() {
        assertThat(ARTICLE.entities()).allSatisfy(entity -> {
            assertThat(entity.occurrences()).isNotEmpty().isSorted();
            // "Baltic states" is linked once more as "Baltic States": same gloss, same entity
            assertThat(entity.occurrences()).allSatisfy(at ->
                    assertThat(TEXT.regionMatches(true, at, entity.name(), 0, entity.name().length())).isTrue());
        });
        assertThat(entity("Vilnius Region").occurrences()).hasSize(3);
        assertThat(entity("Alytus").occurrences()).hasSize(3);
        assertThat(entity("Byelorussian Soviet Socialist Republic").occurrences()).hasSize(3);
        assertThat(entity("Baltic states").occurrences()).hasSize(2);
        assertThat(entity("Moscow").occurrences()).containsExactly(TEXT.indexOf("Moscow on October 3"));
    }

    @Test
    void entitiesKeepTheirGlossAsDescriptionAndAGuessedType() {
        assertThat(entity("Moscow").description()).startsWith("Moscow is the Capital city")
                .endsWith("It has a population estimated at over 13 million residents with");
        assertThat(entity("The New York Times").description()).startsWith("The New York Times (NYT) is an American");
        assertThat(entity("Druskininkai").description()).endsWith("\nName\nThe exact origi");
        assertThat(List.of("Joseph Stalin", "Antanas Smetona", "Antanas Merkys"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isEqualTo("PERSON"));
        assertThat(List.of("Moscow", "Lithuania", "Soviet Union", "Vilnius Region", "Kaunas", "Gaižiūnai"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isEqualTo("PLACE"));
        assertThat(List.of("The New York Times", "League of Nations", "Red Army", "TASS", "Wehrmacht"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isEqualTo("ORGANISATION"));
        assertThat(List.of("Molotov–Ribbentrop Pact", "Winter War", "Polish złoty", "Lithuanian language"))
                .allSatisfy(name -> assertThat(entity(name).typeGuess()).isNull());
    }

    @Test
    void noGlossRemainsInTheTranscription() {
        assertThat(TEXT).doesNotContain("Moscow is the Capital city", "Joseph Vissarionovich Stalin",
                "is an American daily newspaper", "The Union of Soviet Socialist Republics",
                "Vilnius Region is the territory", "The exact origi", "Vatican may refer to", "Ager Vaticanus",
                "TASS is registered", "Polish autonomy in the Vilnius Region", " ...", "\uFFFD");
    }

    @Test
    void noMarkupOrEndMatterRemains() {
        assertThat(TEXT).doesNotContain("[", "]", "''", "{{", "DEFAULTSORT", "See also", "References",
                "Treaties of Lithuania", "Soviet–Estonian Mutual Assistance Treaty", "(, )", "( )");
        assertThat(TEXT).doesNotContain("  ", " ,", " .", " ;", " :", " )", "( ");
        assertThat(TEXT).contains("which claimed Vilnius to be its de jure capital.",
                "described by The New York Times as \"virtual sacrifice of independence.\"",
                "The treaty provided that Lithuania's sovereignty would not be affected. However, in reality");
    }

    @Test
    void noSentenceIsCutInTwo() {
        assertThat(TEXT).contains("signed between the Soviet Union and Lithuania on October 10, 1939",
                "Urbšys arrived in Moscow on October 3 to meet with Soviet leaders.",
                "During the meeting Joseph Stalin personally informed Urbšys",
                "to the treaties that the Soviet Union signed with Estonia on September 28, and with Latvia",
                "in the vicinity of Druskininkai and Švenčionys, territories with larger Lithuanian populations.",
                "Vilnius, Kaunas, Alytus, Ukmergė, and Šiauliai.",
                "than with defending the country against a possible foreign attack.");
        assertThat(TEXT).doesNotContain("Urbšys arrived in Moscow\n", "between the\n", "Soviet Union\nand");
        List<String> lines = Arrays.asList(TEXT.split("\n"));
        List<String> headings = ARTICLE.headings().stream().map(Heading::text).toList();
        assertThat(lines).allSatisfy(line -> {
            assertThat(Character.isLowerCase(line.codePointAt(0))).as(line).isFalse();
            assertThat(",.;:)").doesNotContain(line.substring(0, 1));
        });
        assertThat(lines).filteredOn(line -> !headings.contains(line) && !line.matches("(• |\\d+\\. ).*"))
                .allSatisfy(line -> assertThat(line).as(line).matches("(?s).*[.:!?][\"”)]?"));
    }

    @Test
    void keepsTheHeadingsAsLinesOfTheirOwn() {
        assertThat(ARTICLE.headings()).extracting(Heading::text).containsExactly("Background", "Pre-war treaties",
                "World War II", "Negotiations", "Initial stance", "Acceptance", "Provisions", "Articles of the treaty",
                "Location of Soviet troops", "Aftermath", "International and domestic reaction",
                "In Vilnius Region", "In Lithuania");
        assertThat(ARTICLE.headings()).allSatisfy(heading -> {
            assertThat(TEXT.startsWith(heading.text() + "\n", heading.start())).isTrue();
            assertThat(TEXT.charAt(heading.start() - 1)).isEqualTo('\n');
        });
    }

    @Test
    void numberedDemandsStayInTheBodyAsANumberedList() {
        assertThat(TEXT).contains("according to which:\n1. Soviet military bases would be established in Lithuania",
                "\n2. Lithuanian territory west of the Šešupė River would be ceded to Nazi Germany",
                "\n3. One portion of the Vilnius Region would be attached to Lithuania.\nUrbšys protested");
    }

    @Test
    void categoriesComeFromTheEndMatter() {
        assertThat(ARTICLE.categories()).hasSize(18).startsWith("Lithuania in World War II")
                .endsWith("Lithuania–Poland relations").contains("Moscow in World War II", "1930s riots")
                .noneMatch(category -> category.contains("DEFAULTSORT"));
    }

    @Test
    void theTranscriptionIsNfcAndParsingIsDeterministic() {
        assertThat(Normalizer.isNormalized(TEXT, Normalizer.Form.NFC)).isTrue();
        assertThat(EncyclopediaArticleParser.parse(SEED, null)).isEqualTo(ARTICLE);
    }

    @Test
    void lineEndingsAndNormalisationFormDoNotMatter() {
        ParsedArticle crlf = EncyclopediaArticleParser.parse(SEED.replace("\n", "\r\n"), null);
        ParsedArticle decomposed = EncyclopediaArticleParser.parse(Normalizer.normalize(SEED, Normalizer.Form.NFD),
                null);

        assertThat(crlf).isEqualTo(ARTICLE);
        assertThat(decomposed).isEqualTo(ARTICLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " \n \r\n\t"})
    void emptyTextHasNoBody(String text) {
        assertNoBody(text);
    }

    @Test
    void missingTextHasNoBody() {
        assertNoBody(null);
    }

    @Test
    void glossesAloneAreNoBody() {
        assertNoBody("Moscow\nMoscow is the Capital city, capital and largest city of Russia, standing on the Moskva"
                + " River in Central Russia. It has a population estimated at over 13 million residents with ...\n");
        assertNoBody("Moscow is the Capital city, capital and largest city of Russia, standing on the Moskva River in"
                + " Central Russia ...\nVilnius ( , ) is the capital of and largest city in Lithuania ...\n");
    }

    @Test
    void endMatterAloneIsNoBody() {
        assertNoBody("See also\n* Soviet–Latvian Mutual Assistance Treaty\nReferences\n{{DEFAULTSORT:Treaty\n"
                + "Treaties of Lithuania\n");
        assertNoBody("Category:Treaties of Lithuania\nCategory:1939 in Lithuania\n");
    }

    @Test
    void aShortArticleWithoutGlossesIsJustItsText() {
        ParsedArticle article = EncyclopediaArticleParser.parse("The Moscow Peace Treaty was signed on 12 March 1940."
                + "\nIt ended the Winter War.\n", null);

        assertThat(article.title()).isEqualTo("Moscow Peace Treaty");
        assertThat(article.transcription())
                .isEqualTo("The Moscow Peace Treaty was signed on 12 March 1940.\nIt ended the Winter War.");
        assertThat(article.entities()).isEmpty();
        assertThat(article.headings()).isEmpty();
    }

    @Test
    void withoutASubjectPhraseTheTitleIsTheStartOfTheFirstSentence() {
        String sentence = "Signed in Moscow on 10 October 1939 by Molotov and Urbšys after a week of talks held behind"
                + " closed doors at the Kremlin and far from the press.";
        ParsedArticle article = EncyclopediaArticleParser.parse(sentence + " Then more.", null);

        assertThat(article.title()).hasSizeLessThanOrEqualTo(100)
                .isEqualTo("Signed in Moscow on 10 October 1939 by Molotov and Urbšys after a week of talks held behind"
                        + " closed");
    }

    @Test
    void prefixAndSuffixNeverSplitACharacterOutsideTheBasicPlane() {
        boolean shortened = false;
        for (int pad = 0; pad < 2; pad++) {
            String text = "The dove" + "s".repeat(pad) + " 𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄 flew. The envoy Smith said"
                    + " \"We shall see it through.\" 𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄𝔄" + "s".repeat(pad) + " flew.";
            ParsedQuote quote = EncyclopediaArticleParser.parse(text, null).quotes().get(0);

            assertThat(quote.exact()).isEqualTo("We shall see it through.");
            assertThat(quote.speakerName()).isEqualTo("Smith");
            assertThat(Character.isLowSurrogate(quote.prefix().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(quote.suffix().charAt(quote.suffix().length() - 1))).isFalse();
            shortened |= quote.prefix().length() == 31 || quote.suffix().length() == 31;
        }
        assertThat(shortened).as("one of the texts puts a surrogate pair at the edge").isTrue();
    }

    @Test
    void scrambledArticlesStillYieldConsistentOffsetsAndNoMarkup() {
        List<String> lines = List.of(SEED.split("\n"));
        Random random = new Random(1939);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                String line = lines.get(random.nextInt(lines.size()));
                int from = random.nextInt(line.length() + 1);
                text.append(random.nextBoolean() ? line : line.substring(from)).append('\n');
            }
            ParsedArticle article;
            try {
                article = EncyclopediaArticleParser.parse(text.toString(), null);
            } catch (InvalidInputException noBody) {
                continue;
            }
            String transcription = article.transcription();
            assertThat(transcription).doesNotContain("[", "]", "''", "\uFDD0");
            assertThat(article.clauses()).allSatisfy(clause ->
                    assertThat(transcription.substring(clause.start(), clause.end())).isEqualTo(clause.text()));
            assertThat(article.quotes()).allSatisfy(quote ->
                    assertThat(transcription.substring(quote.start(), quote.end())).isEqualTo(quote.exact()));
            assertThat(article.headings()).allSatisfy(heading ->
                    assertThat(transcription.startsWith(heading.text(), heading.start())).isTrue());
        }
    }

    private static void assertNoBody(String text) {
        assertThatThrownBy(() -> EncyclopediaArticleParser.parse(text, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("body"));
    }

    private static ParsedEntity entity(String name) {
        return ARTICLE.entities().stream().filter(entity -> entity.name().equals(name)).findFirst().orElseThrow();
    }
}
