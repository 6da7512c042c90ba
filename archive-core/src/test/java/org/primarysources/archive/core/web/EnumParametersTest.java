package org.primarysources.archive.core.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeState;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EnumParametersTest {

    /** Parameters as resources declare them. */
    @SuppressWarnings("unused")
    static final class Parameters {
        public void declare(@QueryParam("state") ChangeState state, @PathParam("kind") RecordKind kind,
                            @QueryParam("format") @DefaultValue("csl-json") CitationFormat format,
                            @HeaderParam("X-Style") CitationStyle style, CitationStyle body,
                            @QueryParam("page") String page) {
        }
    }

    private final EnumParameters provider = new EnumParameters();

    @Test
    void caseAndTheSeparatorDoNotMatter() {
        ParamConverter<ChangeState> state = converter(ChangeState.class, 0);

        assertThat(state.fromString("in-review")).isEqualTo(ChangeState.IN_REVIEW);
        assertThat(state.fromString(" IN_REVIEW ")).isEqualTo(ChangeState.IN_REVIEW);
        assertThat(state.fromString("Changes-Requested")).isEqualTo(ChangeState.CHANGES_REQUESTED);
        assertThat(converter(RecordKind.class, 1).fromString("clause")).isEqualTo(RecordKind.CLAUSE);
    }

    @Test
    void anEnumsOwnSpellingIsReadAndSoIsItsName() {
        ParamConverter<CitationFormat> format = converter(CitationFormat.class, 2);

        assertThat(format.fromString("csl-json")).isEqualTo(CitationFormat.CSL_JSON);
        assertThat(format.fromString("CSL_JSON")).isEqualTo(CitationFormat.CSL_JSON);
        assertThat(converter(CitationStyle.class, 3).fromString("modern-language-association"))
                .isEqualTo(CitationStyle.MLA);
        assertThat(format.toString(CitationFormat.CSL_JSON)).isEqualTo("csl-json");
        assertThat(converter(ChangeState.class, 0).toString(ChangeState.IN_REVIEW)).isEqualTo("in-review");
    }

    @Test
    void anEmptyValueIsNoValueUnlessTheParameterHasADefault() {
        assertThat(converter(ChangeState.class, 0).fromString("")).isNull();
        assertThat(converter(ChangeState.class, 0).fromString(" ")).isNull();

        assertThat(invalid(() -> converter(CitationFormat.class, 2).fromString("")).field()).isEqualTo("format");
    }

    @Test
    void aBadValueIsInvalidInputNamingTheParameterAndItsValues() {
        InvalidInputException e = invalid(() -> converter(ChangeState.class, 0).fromString("lost"));

        assertThat(e.field()).isEqualTo("state");
        assertThat(e.getMessage()).isEqualTo("unknown state 'lost'; use one of draft, in-review, approved, "
                + "changes-requested, rejected, withdrawn");
        assertThat(invalid(() -> converter(CitationStyle.class, 3).fromString("harvard")).getMessage())
                .isEqualTo("unknown X-Style 'harvard'; use one of chicago-notes-bibliography, apa, "
                        + "modern-language-association");
    }

    @Test
    void aLongBadValueIsQuotedUpToFortyCharacters() {
        assertThat(invalid(() -> converter(RecordKind.class, 1).fromString("x".repeat(50))).getMessage())
                .startsWith("unknown kind '" + "x".repeat(40) + "…'");
    }

    @Test
    void theProblemMapperAnswersABadValueWith400NamingTheField() {
        BadRequestException e = catchThrowableOfType(() -> converter(RecordKind.class, 1).fromString("NOPE"),
                BadRequestException.class);

        Response answer = new ProblemMappers.Web().toResponse(e);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType()).isEqualTo(Problem.MEDIA);
        assertThat(answer.getEntity()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.field()).isEqualTo("kind");
            assertThat(problem.detail()).startsWith("unknown kind 'NOPE'; use one of clause, quote, entity");
        });
    }

    @Test
    void onlyEnumParametersAreConverted() {
        Annotation[][] annotations = declared().getParameterAnnotations();

        assertThat(provider.getConverter(String.class, String.class, annotations[5])).isNull();
        assertThat(provider.getConverter(CitationStyle.class, CitationStyle.class, annotations[4])).isNull();
    }

    @Test
    void parseReadsAValueTheSameWay() {
        assertThat(EnumParameters.parse(ChangeState.class, "state", "in-review")).isEqualTo(ChangeState.IN_REVIEW);
        assertThat(EnumParameters.parse(ChangeState.class, "state", null)).isNull();
        assertThat(catchThrowableOfType(() -> EnumParameters.parse(ChangeState.class, "state", "lost"),
                InvalidInputException.class).field()).isEqualTo("state");
    }

    private <T> ParamConverter<T> converter(Class<T> type, int parameter) {
        return provider.getConverter(type, type, declared().getParameterAnnotations()[parameter]);
    }

    private static Method declared() {
        return Arrays.stream(Parameters.class.getMethods()).filter(m -> m.getName().equals("declare")).findFirst()
                .orElseThrow();
    }

    private static InvalidInputException invalid(Runnable conversion) {
        BadRequestException e = catchThrowableOfType(conversion::run, BadRequestException.class);
        assertThat(e).as("a bad value is a WebApplicationException, which JAX-RS lets through").isNotNull();
        assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) e.getCause();
    }
}
