package org.primarysources.archive.search.query;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.text.Shortening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Searching the published archive, open to everyone: {@code GET /api/search?q=…}. Filters may repeat
 * ({@code kind=CLAUSE&kind=QUOTE}); kind, mode and sort are read by core's {@code EnumParameters}, every other
 * parameter as text and checked here, so a bad value is a 400 naming the parameter, never a 404 or 500.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

    private final Searches searches;

    @Inject
    public SearchResource(Searches searches) {
        this.searches = searches;
    }

    /** Only for the CDI client proxy. */
    protected SearchResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Published records matching words, \"phrases\", -exclusions and OR, with filters, "
            + "facet counts and highlighted fragments")
    public SearchResult search(
            @Parameter(description = "what to find; empty: everything") @QueryParam("q") String q,
            @Parameter(description = "CLAUSE, QUOTE or ENTITY (repeatable)") @QueryParam("kind") List<RecordKind> kind,
            @Parameter(description = "source id (repeatable)") @QueryParam("source") List<String> source,
            @Parameter(description = "speaker name (repeatable)") @QueryParam("speaker") List<String> speaker,
            @Parameter(description = "language tag, e.g. en (repeatable)")
            @QueryParam("language") List<String> language,
            @Parameter(description = "decade, e.g. 1930 (repeatable)") @QueryParam("decade") List<String> decade,
            @Parameter(description = "folded (default: case and accents ignored, other forms of a word in"
                    + " the record's language found) or exact")
            @QueryParam("mode") SearchMode mode,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") SearchSort sort,
            @Parameter(description = "page from 0") @QueryParam("page") String page,
            @Parameter(description = "hits per page, 1–100 (default 20)") @QueryParam("size") String size) {
        return searches.search(request(q, kind, source, speaker, language, decade, mode, sort, page, size));
    }

    /**
     * The request these query parameters name, each checked: a bad value is an
     * {@link InvalidInputException} naming its parameter. Page and size may be null (the first page, 20 hits).
     */
    public static SearchRequest request(String q, List<RecordKind> kind, List<String> source, List<String> speaker,
                                 List<String> language, List<String> decade, SearchMode mode, SearchSort sort,
                                 String page, String size) {
        return new SearchRequest(q,
                Set.copyOf(present("kind", kind)),
                Set.copyOf(values("source", source, Long::valueOf)),
                Set.copyOf(values("speaker", speaker, Function.identity())),
                Set.copyOf(values("language", language, Function.identity())),
                Set.copyOf(values("decade", decade, Integer::valueOf)),
                mode,
                sort,
                number("page", page, 0),
                number("size", size, SearchRequest.DEFAULT_SIZE));
    }

    /** The values a filter was given, empty ones left out. */
    private static <T> List<T> present(String name, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > SearchRequest.MAX_FILTER_VALUES) {
            throw new InvalidInputException(name, "at most " + SearchRequest.MAX_FILTER_VALUES + " values per filter");
        }
        return values.stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> values(String name, List<String> raw, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String value : present(name, raw)) {
            if (value.isBlank()) {
                continue;
            }
            try {
                values.add(parse.apply(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "'" + shorten(value) + "' is not a valid " + name);
            }
        }
        return values;
    }

    private static int number(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + shorten(value) + "' is not a whole number");
        }
    }

    private static String shorten(String value) {
        return Shortening.cut(value, 40);
    }
}
