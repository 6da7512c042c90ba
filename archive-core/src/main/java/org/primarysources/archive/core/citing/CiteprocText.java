package org.primarysources.archive.core.citing;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.primarysources.archive.core.source.PartialDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cited item as the reference a researcher pastes: its bibliography entry in a CSL style, rendered by
 * citeproc-java from the style's own file. A style that leaves the item out of its bibliography (Chicago does so
 * for some personal communications) gets its first-note form instead. The item carries no {@code locator}: some
 * styles would print it as a page number, and citeproc-java knows too few labels (no {@code article-locator}) to
 * say it right; the title already names the clause, and a page locator is the item's {@code page}.
 * <p>
 * Building a processor parses the style (a Chicago style is ~240 kB), so there is one per style, reused; a
 * processor keeps the items of the current run, so each is used by one thread at a time.
 */
final class CiteprocText {

    private final Map<CitationStyle, Processor> processors = new ConcurrentHashMap<>();

    String render(CitedItem item, CitationStyle style) {
        return processors.computeIfAbsent(style, Processor::new).render(csl(item));
    }

    static CSLItemData csl(CitedItem item) {
        CSLItemDataBuilder csl = new CSLItemDataBuilder()
                .id(item.id())
                .type(CSLType.fromString(item.cslType()))
                .title(item.title())
                .containerTitle(item.containerTitle())
                .page(item.page())
                .URL(item.url().toString())
                .accessed(item.accessed().getYear(), item.accessed().getMonthValue(), item.accessed().getDayOfMonth())
                .archive(item.archive())
                .archiveLocation(item.archiveLocation())
                .language(item.language());
        if (item.author() != null) {
            csl.author(new CSLNameBuilder().literal(item.author()).build());
        }
        PartialDate issued = item.issued();
        if (issued != null) {
            int[] parts = issued.day() != null ? new int[]{issued.year(), issued.month(), issued.day()}
                    : issued.month() != null ? new int[]{issued.year(), issued.month()} : new int[]{issued.year()};
            csl.issued(new CSLDateBuilder().dateParts(parts).circa(issued.circa() ? Boolean.TRUE : null).build());
        }
        if (!item.notes().isEmpty()) {
            csl.note(String.join("\n", item.notes()));
        }
        return csl.build();
    }

    /** One style's processor and the single item it is asked about. */
    private static final class Processor implements ItemDataProvider {

        private final CSL csl;
        private CSLItemData current;

        Processor(CitationStyle style) {
            try {
                csl = new CSL(this, style.styleXml(), "en-US");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load CSL style " + style.styleFile(), e);
            }
        }

        synchronized String render(CSLItemData item) {
            current = item;
            try {
                csl.reset(); // also resets the output format to HTML
                csl.setOutputFormat("text");
                csl.registerCitationItems(item.getId());
                String[] entries = csl.makeBibliography().getEntries();
                String text = entries.length > 0 ? entries[0] : csl.makeCitation(item.getId()).get(0).getText();
                return text.strip();
            } finally {
                current = null;
            }
        }

        @Override
        public synchronized CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public synchronized Collection<String> getIds() {
            return current == null ? List.of() : List.of(current.getId());
        }
    }
}
