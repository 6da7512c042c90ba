package org.primarysources.archive.ui.review;

import com.vaadin.flow.router.QueryParameters;
import org.primarysources.archive.core.review.ChangeSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which waiting changes an editor looks at, as it stands in the address bar: {@code ?import=3&author=arno&kind=quote}.
 * A kind is {@code source}, {@code clause}, {@code quote} or {@code entity}; values that make no sense are dropped.
 */
record QueueFilter(Long importId, String author, String kind) {

    static final List<String> KINDS = List.of("source", "clause", "quote", "entity");

    QueueFilter {
        author = author == null || author.isBlank() ? null : author.strip();
        kind = kind == null || !KINDS.contains(kind.toLowerCase(Locale.ROOT)) ? null : kind.toLowerCase(Locale.ROOT);
        importId = importId == null || importId < 1 ? null : importId;
    }

    static QueueFilter of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new QueueFilter(first(values, "import").flatMap(QueueFilter::number).orElse(null),
                first(values, "author").orElse(null), first(values, "kind").orElse(null));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (importId != null) {
            values.put("import", List.of(String.valueOf(importId)));
        }
        if (author != null) {
            values.put("author", List.of(author));
        }
        if (kind != null) {
            values.put("kind", List.of(kind));
        }
        return new QueryParameters(values);
    }

    boolean admits(ChangeSummary change) {
        return kind == null || kind.equals(kindOf(change));
    }

    /** What a change is about, in the words of the filter: the source, or the kind of record. */
    static String kindOf(ChangeSummary change) {
        if ("SOURCE".equals(change.target()) || change.kind() == null) {
            return "source";
        }
        return change.kind().name().toLowerCase(Locale.ROOT);
    }

    QueueFilter withImport(Long newImport) {
        return new QueueFilter(newImport, author, kind);
    }

    QueueFilter withAuthor(String newAuthor) {
        return new QueueFilter(importId, newAuthor, kind);
    }

    QueueFilter withKind(String newKind) {
        return new QueueFilter(importId, author, newKind);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null ? Optional.empty() : found.stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
