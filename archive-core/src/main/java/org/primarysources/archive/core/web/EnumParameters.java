package org.primarysources.archive.core.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.text.Shortening;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads every enum-typed query and path parameter of the API the same way. Case does not matter, {@code -} and
 * {@code _} are one ({@code in-review}, {@code IN_REVIEW}), and an enum that spells its constants its own way
 * ({@link ParamSpelling}: {@code csl-json}) is read in that spelling too. An empty value is no value, unless the
 * parameter has a {@code @DefaultValue}: then it is a bad one. A bad value is a 400 problem naming the parameter
 * and the values it takes.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String parameter = parameterName(annotations);
        if (!rawType.isEnum() || parameter == null) {
            return null;
        }
        boolean defaulted = Arrays.stream(annotations).anyMatch(DefaultValue.class::isInstance);
        return new EnumConverter<>(rawType, parameter, defaulted);
    }

    /**
     * The constant a parameter's value names, or null when the value is empty.
     *
     * @throws InvalidInputException naming the parameter when the value names no constant
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return type.cast(constant(type.getEnumConstants(), parameter, value));
    }

    /** How the API writes a constant: its {@link ParamSpelling}, else its name in lower case with {@code -}. */
    public static String spelling(Enum<?> constant) {
        return constant instanceof ParamSpelling spelt ? spelt.param() : normalised(constant.name());
    }

    private static Enum<?> constant(Object[] constants, String parameter, String value) {
        String wanted = normalised(value);
        for (Object constant : constants) {
            Enum<?> candidate = (Enum<?>) constant;
            if (normalised(candidate.name()).equals(wanted) || normalised(spelling(candidate)).equals(wanted)) {
                return candidate;
            }
        }
        throw new InvalidInputException(parameter, "unknown " + parameter + " '" + Shortening.cut(value, 40)
                + "'; use one of " + Arrays.stream(constants).map(c -> spelling((Enum<?>) c))
                .collect(Collectors.joining(", ")));
    }

    private static String normalised(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name of the query, path or other parameter the annotations are on; null when they are on none. */
    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return null;
    }

    /**
     * One parameter's converter. JAX-RS answers a converter's failure on a query or path parameter with a 404, and
     * passes only a WebApplicationException through as it is: the 400 travels in one, its cause the problem.
     */
    private record EnumConverter<T>(Class<T> type, String parameter, boolean defaulted)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if ((value == null || value.isBlank()) && !defaulted) {
                return null;
            }
            try {
                return type.cast(constant(type.getEnumConstants(), parameter, value == null ? "" : value));
            } catch (InvalidInputException e) {
                throw new BadRequestException(e.getMessage(), e);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : spelling((Enum<?>) value);
        }
    }
}
