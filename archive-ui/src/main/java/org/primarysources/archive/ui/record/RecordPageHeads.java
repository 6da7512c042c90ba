package org.primarysources.archive.ui.record;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.linkeddata.Titles;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.text.Shortening;
import org.primarysources.archive.ui.layout.PageHead;
import org.primarysources.archive.ui.layout.PageHeadSource;
import org.primarysources.archive.ui.layout.PageHeadWriter;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first HTML of the record page and of a version's page: a title that names the record and its source,
 * Highwire Press {@code citation_*} tags (what Zotero and Google Scholar read), the version's JSON-LD, and
 * {@code cite-as} the version's page. The record page's newest version is cited by its own version page.
 */
@ApplicationScoped
class RecordPageHeads implements PageHeadSource {

    static final String SUFFIX = " – Archive";
    private static final DateTimeFormatter HIGHWIRE_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd")
            .withZone(ZoneOffset.UTC);
    private static final int DESCRIPTION_LENGTH = 200;

    private final RecordCatalogue catalogue;

    @Inject
    RecordPageHeads(RecordCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Only for the CDI client proxy. */
    protected RecordPageHeads() {
        this.catalogue = null;
    }

    void describeRecordPages(@Observes ServiceInitEvent event) {
        PageHeadWriter.describeWith(event, this);
    }

    @Override
    public Optional<PageHead> head(Class<?> page, RouteParameters parameters) {
        if (page != RecordView.class && page != RecordVersionView.class) {
            return Optional.empty();
        }
        long id = parameters.get(RecordView.ID_PARAMETER).map(Long::parseLong)
                .orElseThrow(() -> new NotFoundException("no record id"));
        RecordDetails newest = catalogue.record(id);
        RecordDetails shown = page == RecordVersionView.class
                ? catalogue.version(id, parameters.get(RecordVersionView.VERSION_PARAMETER).map(Integer::parseInt)
                        .orElseThrow(() -> new NotFoundException("no version")))
                : newest;
        return Optional.of(head(shown, shown.version() != newest.version(), catalogue.citedSource(shown),
                catalogue.versionPage(id, shown.version()), catalogue.versionApi(id, shown.version()),
                catalogue.linkedData(shown)));
    }

    /**
     * The title of a record's page: "Article 3 — Soviet–Lithuanian Mutual Assistance Treaty – Archive", with the
     * version when it is an earlier one.
     */
    static String title(RecordDetails record, boolean earlierVersion) {
        return Titles.withSource(record) + (earlierVersion ? " (version " + record.version() + ")" : "") + SUFFIX;
    }

    /**
     * The head of one record version's page.
     *
     * @param record         the version shown
     * @param earlierVersion whether a newer version exists
     * @param source         the source it cites
     * @param versionPage    the version's page under the canonical root, what it is cited by
     * @param versionApi     the version in the API
     * @param jsonLd         the version's description
     */
    static PageHead head(RecordDetails record, boolean earlierVersion, SourceDetails source, URI versionPage,
                         URI versionApi, String jsonLd) {
        List<PageHead.Meta> meta = new ArrayList<>();
        meta.add(new PageHead.Meta("citation_title", Titles.of(record)));
        if (record.speaker() != null && record.speaker().name() != null) {
            meta.add(new PageHead.Meta("citation_author", record.speaker().name()));
        }
        // the date of the words (a quote's, else its source's); when neither is known, the version's publication
        String online = record.publishedAt() == null ? null : HIGHWIRE_DAY.format(record.publishedAt());
        PartialDate date = record.date() != null ? record.date() : source == null ? null : source.date();
        String dated = date != null ? PageHead.highwireDate(date) : online;
        if (dated != null) {
            meta.add(new PageHead.Meta("citation_date", dated));
            meta.add(new PageHead.Meta("citation_publication_date", dated));
        }
        if (online != null) {
            meta.add(new PageHead.Meta("citation_online_date", online));
        }
        String sourceTitle = source != null ? source.title() : record.source() == null ? null : record.source().title();
        if (sourceTitle != null) {
            boolean periodical = source != null && source.type() == SourceType.NEWSPAPER_ARTICLE;
            meta.add(new PageHead.Meta(periodical ? "citation_journal_title" : "citation_inbook_title", sourceTitle));
        }
        if (record.language() != null && !record.language().isBlank()) {
            meta.add(new PageHead.Meta("citation_language", record.language()));
        }
        meta.add(new PageHead.Meta("citation_public_url", versionPage.toString()));
        meta.add(new PageHead.Meta("citation_abstract_html_url", versionPage.toString()));
        meta.add(new PageHead.Meta("citation_publisher", "Archive of curated primary sources"));
        return new PageHead(title(record, earlierVersion), description(record), meta, jsonLd, versionPage,
                versionApi);
    }

    private static String description(RecordDetails record) {
        String what = switch (record.kind()) {
            case CLAUSE -> "A clause of ";
            case QUOTE -> record.speaker() != null ? "Words of " + record.speaker().name() + ", quoted in "
                    : "Words quoted in ";
            case ENTITY -> "Named in ";
            case SOURCE -> "From ";
        };
        String text = record.kind() == RecordKind.ENTITY && record.description() != null
                ? record.description() : record.text();
        return what + (record.source() == null ? "a source" : record.source().title()) + ", version "
                + record.version() + ": " + Shortening.atWord(Shortening.oneLine(text), DESCRIPTION_LENGTH);
    }
}
