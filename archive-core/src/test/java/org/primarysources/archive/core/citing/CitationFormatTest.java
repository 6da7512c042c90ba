package org.primarysources.archive.core.citing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CitationFormatTest {

    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void everyFormatIsFoundByItsParameter(CitationFormat format) {
        assertThat(CitationFormat.ofParam(format.param())).isEqualTo(format);
    }

    @Test
    void formatParameterIgnoresCaseAndSurroundingSpace() {
        assertThat(CitationFormat.ofParam(" BibTeX ")).isEqualTo(CitationFormat.BIBTEX);
    }

    @Test
    void formatsCarryTheirRegisteredMediaTypesAndExtensions() {
        assertThat(CitationFormat.CSL_JSON.mediaType()).isEqualTo("application/vnd.citationstyles.csl+json");
        assertThat(CitationFormat.BIBTEX.mediaType()).isEqualTo("application/x-bibtex");
        assertThat(CitationFormat.RIS.mediaType()).isEqualTo("application/x-research-info-systems");
        assertThat(CitationFormat.TEXT.mediaType()).isEqualTo("text/plain");
        assertThat(CitationFormat.CSL_JSON.fileExtension()).isEqualTo("json");
        assertThat(CitationFormat.BIBTEX.fileExtension()).isEqualTo("bib");
        assertThat(CitationFormat.RIS.fileExtension()).isEqualTo("ris");
        assertThat(CitationFormat.TEXT.fileExtension()).isEqualTo("txt");
    }

    @Test
    void unknownFormatIsRejectedNamingTheFieldAndTheAllowedValues() {
        InvalidInputException e = catchThrowableOfType(() -> CitationFormat.ofParam("endnote"),
                InvalidInputException.class);

        assertThat(e.field()).isEqualTo("format");
        assertThat(e.getMessage()).contains("endnote", "csl-json, bibtex, ris, text");
    }

    @Test
    void missingFormatIsRejectedNamingTheField() {
        assertThat(catchThrowableOfType(() -> CitationFormat.ofParam(null), InvalidInputException.class).field())
                .isEqualTo("format");
    }
}
