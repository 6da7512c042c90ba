package org.primarysources.archive.core.record;

import org.primarysources.archive.core.history.CanonicalJson;
import org.primarysources.archive.core.citation.CitationDetails;

import java.util.List;

/** A proposed record content as a change request keeps it: JSON of what the author wrote, not yet resolved. */
public final class RecordDrafts {

    private RecordDrafts() {
    }

    public static String write(RecordContent content) {
        List<CitationDetails> asProposed = content.citations().stream()
                .map(c -> new CitationDetails(content.sourceId(), null, c.sourceVersion(), c.label(), c.locator(),
                        c.exact(), c.prefix(), c.suffix(), null, null, null, null))
                .toList();
        return org.primarysources.archive.core.history.CanonicalJson.write(
                RecordJson.canonical(content, asProposed, false));
    }

    /** The content of a published version, as an author would propose it again (citations as inputs). */
    public static RecordContent contentOf(RecordDetails d) {
        return new RecordContent(d.kind(), d.source().id(), d.label(), d.ordinal(), d.text(), d.language(),
                d.translations(), d.speaker() == null ? null : d.speaker().id(), d.date(), d.occasion(),
                d.attribution(), d.name(), d.alternativeNames(), d.entityType(), d.citations().stream()
                .map(c -> new CitationInput(c.sourceVersion(), c.label(), c.locator(), c.exact(), c.prefix(),
                        c.suffix()))
                .toList());
    }

    public static RecordContent read(String json) {
        return RecordJson.read(json).content();
    }
}
