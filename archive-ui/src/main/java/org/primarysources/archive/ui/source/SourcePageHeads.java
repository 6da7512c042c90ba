package org.primarysources.archive.ui.source;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.layout.PageHead;
import org.primarysources.archive.ui.layout.PageHeadSource;
import org.primarysources.archive.ui.layout.PageHeadWriter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first HTML of a source's page: its title, Highwire Press {@code citation_*} tags, its JSON-LD, and
 * {@code cite-as} its page.
 */
@ApplicationScoped
class SourcePageHeads implements PageHeadSource {

    private final SourceCatalogue catalogue;

    @Inject
    SourcePageHeads(SourceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Only for the CDI client proxy. */
    protected SourcePageHeads() {
        this.catalogue = null;
    }

    void describeSourcePages(@Observes ServiceInitEvent event) {
        PageHeadWriter.describeWith(event, this);
    }

    @Override
    public Optional<PageHead> head(Class<?> page, RouteParameters parameters) {
        if (page != SourceView.class) {
            return Optional.empty();
        }
        long id = parameters.get(SourceView.ID_PARAMETER).map(Long::parseLong)
                .orElseThrow(() -> new NotFoundException("no source id"));
        SourceDetails source = catalogue.source(id);
        return Optional.of(head(source, catalogue.page(id), catalogue.api(id), catalogue.linkedData(source)));
    }

    /** The title of a source's page: "Soviet–Lithuanian Mutual Assistance Treaty (1939) – Archive". */
    static String title(SourceDetails source) {
        return source.title() + (source.date() == null ? "" : " (" + source.date().year() + ")") + " – Archive";
    }

    static PageHead head(SourceDetails source, URI page, URI api, String jsonLd) {
        List<PageHead.Meta> meta = new ArrayList<>();
        meta.add(new PageHead.Meta("citation_title", source.title()));
        if (source.date() != null) {
            meta.add(new PageHead.Meta("citation_date", PageHead.highwireDate(source.date())));
            meta.add(new PageHead.Meta("citation_publication_date", PageHead.highwireDate(source.date())));
        }
        if (source.languages() != null) {
            source.languages().forEach(language -> meta.add(new PageHead.Meta("citation_language", language)));
        }
        meta.add(new PageHead.Meta("citation_public_url", page.toString()));
        meta.add(new PageHead.Meta("citation_abstract_html_url", page.toString()));
        meta.add(new PageHead.Meta("citation_publisher", "Archive of curated primary sources"));
        String description = "A primary source and its transcription" + (source.holdingInstitution() == null ? ""
                : ", held by " + source.holdingInstitution()) + ": " + source.title() + ".";
        return new PageHead(title(source), description, meta, jsonLd, page, api);
    }
}
