package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.history.CanonicalJson;

import java.util.List;
import java.util.Map;

/** A proposed record content as a change request keeps it: JSON of what the author wrote, not yet resolved. */
public final class RecordDrafts {

    private RecordDrafts() {
    }

    public static String write(RecordContent content) {
        List<CitationDetails> asProposed = content.citations().stream()
                .map(c -> new CitationDetails(content.sourceId(), null, c.sourceVersion(), c.label(), c.locator(),
                        c.exact(), c.prefix(), c.suffix(), null, null, null, null))
                .toList();
        return CanonicalJson.write(
                RecordJson.canonical(content, asProposed, false));
    }

    /** The content of a published version, as an author would propose it again (citations as inputs). */
    public static RecordContent contentOf(RecordDetails d) {
        List<CitationInput> citations = d.citations().stream()
                .map(c -> new CitationInput(c.sourceVersion(), c.label(), c.locator(), c.exact(), c.prefix(),
                        c.suffix()))
                .toList();
        return switch (d.kind()) {
            case CLAUSE -> new ClauseContent(d.source().id(), d.label(), d.ordinal(), d.text(), d.language(),
                    d.translations(), d.date(), citations);
            case QUOTE -> new QuoteContent(d.source().id(), d.text(), d.language(), d.translations(),
                    d.speaker() == null ? null : d.speaker().id(), d.date(), d.occasion(), d.attribution(), citations);
            case ENTITY -> new EntityContent(d.source().id(), d.name(), d.alternativeNames(), d.entityType(), d.text(),
                    d.language(), citations);
            case SOURCE -> throw new IllegalArgumentException("a record is never of kind SOURCE");
        };
    }

    /** The content's fields but its citations, by name, null where its kind has no such field (see RecordJson). */
    public static Map<String, Object> fields(RecordContent content) {
        return RecordJson.fields(content);
    }

    public static RecordContent read(String json) {
        return RecordJson.read(json).content();
    }
}
