package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the parser leaves out of the transcription, and what it must not: glosses only after the link line they
 * describe, citation remnants whole, a closing quotation mark at a line's end as the end of a sentence.
 */
class RemovalsTest {

    @Test
    void aParagraphEndingInAnEllipsisUnderAHeadingStaysBody() {
        String text = """
                The treaty was signed in 1939 between the
                Soviet Union
                The Soviet Union was a country in Eurasia that lasted from 1922 to 1991 ...
                and Lithuania.
                Negotiations
                The delegates argued for weeks and nobody knew where the talks would lead ...
                Aftermath
                The treaty was broken in 1940.
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription()).isEqualTo("""
                The treaty was signed in 1939 between the Soviet Union and Lithuania.
                Negotiations
                The delegates argued for weeks and nobody knew where the talks would lead...
                Aftermath
                The treaty was broken in 1940.""");
        assertThat(article.headings()).extracting(Heading::text).containsExactly("Negotiations", "Aftermath");
        assertThat(removed(text, article)).containsExactly(tuple(Removal.Reason.GLOSS, "Soviet Union",
                "The Soviet Union was a country in Eurasia that lasted from 1922 to 1991 ..."));
    }

    @Test
    void aGlossOfSeveralLinesSwallowsNoHeadingAndNoBodyText() {
        String text = """
                The talks ended in October.
                Location of the bases
                The bases were kept near the coast.
                # Both sides agreed to send envoys to
                Moscow
                Moscow may refer to:
                * Moscow, the capital of Russia
                * Moscow, a town in Idaho ...
                .
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription()).isEqualTo("""
                The talks ended in October.
                Location of the bases
                The bases were kept near the coast.
                1. Both sides agreed to send envoys to Moscow.""");
        assertThat(removed(text, article)).containsExactly(
                tuple(Removal.Reason.MARKUP, "list marker", "#"),
                tuple(Removal.Reason.GLOSS, "Moscow", "Moscow may refer to:\n* Moscow, the capital of Russia\n"
                        + "* Moscow, a town in Idaho ..."));
    }

    @Test
    void aLinkThatOpensASectionKeepsItsGloss() {
        String text = """
                The treaty was signed in 1939.
                Background
                Joseph Stalin
                Joseph Stalin was a Soviet politician who led the Soviet Union from 1924 until his death ...
                personally informed the Lithuanian envoy.
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription()).isEqualTo("The treaty was signed in 1939.\nBackground\n"
                + "Joseph Stalin personally informed the Lithuanian envoy.");
        assertThat(article.headings()).extracting(Heading::text).containsExactly("Background");
        assertThat(article.entities()).extracting(ParsedEntity::name).containsExactly("Joseph Stalin");
        assertThat(removed(text, article)).extracting(removal -> removal.toArray()[0])
                .containsExactly(Removal.Reason.GLOSS);
    }

    @Test
    void citationRemnantsGoWholeAndAHeadingAfterOneStandsAlone() {
        String text = """
                The treaty was signed in 1939.[1]
                Background
                The talks[a] went on[citation needed] for weeks.[12][13]
                Aftermath
                It was broken in 1940.
                [2]
                Legacy
                It is remembered.
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription()).isEqualTo("""
                The treaty was signed in 1939.
                Background
                The talks went on for weeks.
                Aftermath
                It was broken in 1940.
                Legacy
                It is remembered.""");
        assertThat(article.headings()).extracting(Heading::text).containsExactly("Background", "Aftermath",
                "Legacy");
        assertThat(removed(text, article)).containsExactly(
                tuple(Removal.Reason.CITATION_REMNANT, "1", "[1]"),
                tuple(Removal.Reason.CITATION_REMNANT, "a", "[a]"),
                tuple(Removal.Reason.CITATION_REMNANT, "citation needed", "[citation needed]"),
                tuple(Removal.Reason.CITATION_REMNANT, "12", "[12]"),
                tuple(Removal.Reason.CITATION_REMNANT, "13", "[13]"),
                tuple(Removal.Reason.CITATION_REMNANT, "2", "[2]"));
    }

    @Test
    void bracketsAroundTheArticlesOwnWordsGoButTheWordsStay() {
        String text = "The treaty was signed in 1939.[ It was short.] It lasted a yeer [sic] and the [a]rmy left.\n";
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription())
                .isEqualTo("The treaty was signed in 1939. It was short. It lasted a yeer sic and the army left.");
        assertThat(removed(text, article)).extracting(removal -> removal.toArray()[2])
                .containsExactly("[", "]", "[", "]", "[", "]");
    }

    @Test
    void aQuotationClosedAtTheEndOfALineEndsTheParagraph() {
        String text = """
                Molotow sagte zu Selter: „Estland wird nicht angetastet, wie es das Volk wünscht.“
                Die Verhandlungen dauerten bis in die Nacht.
                Stalin nannte den Vertrag „ein Geschenk“
                Die Litauer glaubten ihm nicht.
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null, ArticleLanguage.GERMAN);

        assertThat(article.transcription()).isEqualTo("""
                Molotow sagte zu Selter: „Estland wird nicht angetastet, wie es das Volk wünscht.“
                Die Verhandlungen dauerten bis in die Nacht.
                Stalin nannte den Vertrag „ein Geschenk“
                Die Litauer glaubten ihm nicht.""");
    }

    @Test
    void aQuotationClosedAfterALinkClosesOnTheLinksName() {
        String text = """
                Stalin called the treaty "a gift to
                Lithuania
                Lithuania is a country in the Baltic region of Europe ...
                " and smiled. The envoys were told „nichts für
                Lithuania
                Lithuania is a country in the Baltic region of Europe ...
                “, in German. Molotov called it '
                Lithuania
                Lithuania is a country in the Baltic region of Europe ...
                '
                Both sides signed.
                """;
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null, ArticleLanguage.ENGLISH);

        assertThat(article.transcription()).isEqualTo("Stalin called the treaty \"a gift to Lithuania\" and smiled."
                + " The envoys were told „nichts für Lithuania“, in German. Molotov called it 'Lithuania'\n"
                + "Both sides signed.");
    }

    @Test
    void endMatterMarkupAndCategoryLinesAreListedWithWhatTheyWere() {
        String text = "The ''Rigasche Rundschau'' ( , ) called the treaty fair.\n"
                + "Category:Treaties of Latvia\n"
                + "* A list item stays.\n"
                + "See also\n"
                + "* Treaty of Tartu\n"
                + "Category:Treaties of Poland\n";
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);

        assertThat(article.transcription()).isEqualTo("The Rigasche Rundschau called the treaty fair.\n"
                + "• A list item stays.");
        assertThat(article.categories()).containsExactly("Treaties of Latvia", "Treaties of Poland");
        assertThat(removed(text, article)).containsExactly(
                tuple(Removal.Reason.MARKUP, "wiki italics", "''"),
                tuple(Removal.Reason.MARKUP, "wiki italics", "''"),
                tuple(Removal.Reason.MARKUP, "empty parentheses", "( , )"),
                tuple(Removal.Reason.END_MATTER, "Category:Treaties of Latvia", "Category:Treaties of Latvia"),
                tuple(Removal.Reason.MARKUP, "list marker", "*"),
                tuple(Removal.Reason.END_MATTER, "See also",
                        "See also\n* Treaty of Tartu\nCategory:Treaties of Poland"));
    }

    @Test
    void removalsPointIntoTheSourceAsTheParserReadsIt() {
        String text = "\uFEFF  The treaty was signed in\r\n  Moscow\r\nMoscow is the capital of Russia ...\r\n"
                + " in 1939.[1]  \r\n";
        ParsedArticle article = EncyclopediaArticleParser.parse(text, null);
        String source = EncyclopediaArticleParser.source(text);

        assertThat(source).isEqualTo("The treaty was signed in\nMoscow\nMoscow is the capital of Russia ...\n"
                + "in 1939.[1]\n");
        assertThat(removed(text, article)).containsExactly(
                tuple(Removal.Reason.GLOSS, "Moscow", "Moscow is the capital of Russia ..."),
                tuple(Removal.Reason.CITATION_REMNANT, "1", "[1]"));
        assertThat(GeneratedArticlesTest.lostProblem(source, article)).isEmpty();
        assertThat(EncyclopediaArticleParser.source(null)).isEmpty();
    }

    /** Each removal as its reason, its detail and the text of the source it spans. */
    private static List<org.assertj.core.groups.Tuple> removed(String text, ParsedArticle article) {
        String source = EncyclopediaArticleParser.source(text);
        return article.removals().stream().map(removal -> tuple(removal.reason(), removal.detail(),
                source.substring(removal.start(), removal.end()))).toList();
    }
}
