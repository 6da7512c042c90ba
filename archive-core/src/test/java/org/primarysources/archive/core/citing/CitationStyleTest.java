package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.web.EnumParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CitationStyleTest {

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void everyStyleIsFoundByItsParameter(CitationStyle style) {
        assertThat(style(style.param())).isEqualTo(style);
    }

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void everyStyleFileIsAnIndependentCslStyleOnTheClasspath(CitationStyle style) {
        String xml = style.styleXml();

        assertThat(xml).contains("<style", "http://purl.org/net/xbiblio/csl", "<bibliography")
                .contains("<id>http://www.zotero.org/styles/" + style.param() + "</id>")
                .doesNotContain("rel=\"independent-parent\"");
    }

    @Test
    void stylesMapToTheirCslFiles() {
        assertThat(CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY.styleFile()).isEqualTo("chicago-notes-bibliography.csl");
        assertThat(CitationStyle.APA.styleFile()).isEqualTo("apa.csl");
        assertThat(CitationStyle.MLA.styleFile()).isEqualTo("modern-language-association.csl");
    }

    @Test
    void unknownStyleIsRejectedNamingTheFieldAndTheAllowedValues() {
        InvalidInputException e = catchThrowableOfType(() -> style("harvard"),
                InvalidInputException.class);

        assertThat(e.field()).isEqualTo("style");
        assertThat(e.getMessage()).contains("harvard", "chicago-notes-bibliography, apa, modern-language-association");
    }

    /** As JAX-RS reads the {@code style} parameter. */
    private static CitationStyle style(String value) {
        return EnumParameters.parse(CitationStyle.class, "style", value);
    }
}
