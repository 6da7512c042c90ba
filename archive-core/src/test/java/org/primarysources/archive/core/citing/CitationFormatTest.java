package org.primarysources.archive.core.citing;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.web.EnumParameters;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CitationFormatTest {

    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void everyFormatIsFoundByItsParameter(CitationFormat format) {
        assertThat(format(format.param())).isEqualTo(format);
    }

    @Test
    void formatParameterIgnoresCaseAndSurroundingSpace() {
        assertThat(format(" BibTeX ")).isEqualTo(CitationFormat.BIBTEX);
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
        InvalidInputException e = catchThrowableOfType(() -> format("endnote"),
                InvalidInputException.class);

        assertThat(e.field()).isEqualTo("format");
        assertThat(e.getMessage()).contains("endnote", "csl-json, bibtex, ris, text");
    }

    /** {@code ?format=} with no value: the parameter has a default, so an empty value is a mistake. */
    @Test
    void missingFormatIsRejectedNamingTheField() throws NoSuchMethodException {
        Method cite = CiteResource.class.getMethod("cite", long.class, CitationFormat.class, CitationStyle.class);
        ParamConverter<CitationFormat> format = new EnumParameters().getConverter(CitationFormat.class,
                CitationFormat.class, cite.getParameterAnnotations()[1]);

        assertThat(catchThrowableOfType(() -> format.fromString(""), BadRequestException.class).getCause())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    /** As JAX-RS reads the {@code format} parameter. */
    private static CitationFormat format(String value) {
        return EnumParameters.parse(CitationFormat.class, "format", value);
    }
}
