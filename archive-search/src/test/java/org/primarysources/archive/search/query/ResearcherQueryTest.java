package org.primarysources.archive.search.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.primarysources.archive.core.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearcherQueryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
            "sovereignty                              ; sovereignty",
            "sovereignty treaty                       ; sovereignty treaty",
            "'\"virtual sacrifice of independence\"'  ; '\"virtual sacrifice of independence\"'",
            "troops -station                          ; troops -station",
            "'treaty -\"mutual assistance\"'          ; 'treaty -\"mutual assistance\"'",
            "a b OR c                                 ; a (b | c)",
            "a OR b OR c                              ; (a | b | c)",
            "OR a                                     ; a",
            "a OR                                     ; a",
            "a OR -b                                  ; a -b",
            "a or b                                   ; a or b",
            "'  spaced    out  '                      ; spaced out",
    })
    void rendersTheResearchersSyntax(String q, String rendered) {
        assertThat(ResearcherQuery.parse(q).simpleQueryString()).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
            "'*:*'                    ; ''",
            "'_exists_:x'             ; '_exists_\\:x'",
            "'/.*/'                   ; ''",
            "'title:secret'           ; 'title\\:secret'",
            "'sover*'                 ; 'sover\\*'",
            "'sovereignty~2'          ; 'sovereignty\\~2'",
            "'a+b|c'                  ; 'a\\+b\\|c'",
            "'(a'                     ; '\\(a'",
            "'back\\slash'            ; 'back\\\\slash'",
            "'Molotov-Ribbentrop'     ; 'Molotov\\-Ribbentrop'",
    })
    void escapesEveryOtherSyntax(String q, String rendered) {
        assertThat(ResearcherQuery.parse(q).simpleQueryString()).isEqualTo(rendered);
    }

    @Test
    void anUnbalancedQuoteIsIgnored() {
        ResearcherQuery query = ResearcherQuery.parse("\"virtual sacrifice");

        assertThat(query.simpleQueryString()).isEqualTo("virtual sacrifice");
        assertThat(query.isPlainWords()).isTrue();
    }

    @Test
    void theLastOfThreeQuotesIsTheUnbalancedOne() {
        assertThat(ResearcherQuery.parse("\"a b\" \"c d").simpleQueryString()).isEqualTo("\"a b\" c d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "-", "- -", "OR", "*", "*:*", "/.*/", "\"   \"", "-\"\"",
            "\u0000\u0001"})
    void punctuationAloneIsAnEmptyQuery(String q) {
        assertThat(ResearcherQuery.parse(q).isEmpty()).isTrue();
    }

    @Test
    void plainWordsAreTheOnlyOnesTriedWithTypos() {
        assertThat(ResearcherQuery.parse("sovereignity treaty").isPlainWords()).isTrue();
        assertThat(ResearcherQuery.parse("sovereignity treaty").plainWords()).isEqualTo("sovereignity treaty");
        assertThat(ResearcherQuery.parse("\"a b\"").isPlainWords()).isFalse();
        assertThat(ResearcherQuery.parse("a -b").isPlainWords()).isFalse();
        assertThat(ResearcherQuery.parse("a OR b").isPlainWords()).isFalse();
    }

    @Test
    void countsWordsInsidePhrasesAndPunctuatedWords() {
        assertThat(ResearcherQuery.parse("\"virtual sacrifice of independence\" troops").terms()).isEqualTo(5);
        assertThat(ResearcherQuery.parse("a-b-c").terms()).isEqualTo(3);
        assertThat(ResearcherQuery.countTerms("中华人民")).isEqualTo(4);
    }

    @Test
    void refusesMoreThanSixtyFourWords() {
        String words = "word ".repeat(ResearcherQuery.MAX_TERMS);
        assertThat(ResearcherQuery.parse(words).terms()).isEqualTo(64);

        assertThatThrownBy(() -> ResearcherQuery.parse(words + "more"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"))
                .hasMessageContaining("64 words");
        assertThatThrownBy(() -> ResearcherQuery.parse("a-".repeat(65)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void controlCharactersAndBrokenSurrogatesBecomeSpaces() {
        ResearcherQuery query = ResearcherQuery.parse("Urb\u0000šys \uD800 Šešupė");

        assertThat(query.simpleQueryString()).isEqualTo("Urb šys Šešupė");
        assertThat(ResearcherQuery.isWellFormed("Šešupė 😀")).isTrue();
        assertThat(ResearcherQuery.isWellFormed("a\uD800b")).isFalse();
        assertThat(ResearcherQuery.isWellFormed("a\tb")).isFalse();
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(ResearcherQuery.parse("S\u030Ces\u030Cupe\u0307").simpleQueryString()).isEqualTo("Šešupė");
    }
}
