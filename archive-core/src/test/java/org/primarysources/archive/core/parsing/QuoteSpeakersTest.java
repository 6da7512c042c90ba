package org.primarysources.archive.core.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteSpeakersTest {

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
}
