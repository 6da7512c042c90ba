package org.primarysources.archive.ui.record;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.linkeddata.Titles;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Blockquote;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.drafting.RecordDraftView;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.layout.NotFoundView;
import org.primarysources.archive.ui.search.SearchView;
import org.primarysources.archive.ui.source.SourceView;

import java.util.List;

/**
 * One published record as a researcher reads and cites it: the words (and their translations), speaker, date, the
 * cited passage of the source in its context, verification, a citation to copy, and the record's provenance. This
 * page shows the newest version; {@link RecordVersionView} shows one version as it was, at the address citations
 * name. A record that is not published is a 404 ({@link NotFoundView}).
 */
@Route(value = "records/:" + RecordView.ID_PARAMETER, layout = MainLayout.class)
public class RecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_PARAMETER = "id";

    private final RecordCatalogue catalogue;
    private final CurrentCaller caller;
    private String title = "Record – Archive";

    @Inject
    public RecordView(RecordCatalogue catalogue, CurrentCaller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
        addClassNames("archive-page", "archive-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = event.getRouteParameters().get(ID_PARAMETER).map(Long::parseLong)
                    .orElseThrow(() -> new NotFoundException("no record id"));
            RecordDetails newest = catalogue.record(id);
            RecordDetails shown = shownVersion(event.getRouteParameters(), newest);
            title = RecordPageHeads.title(shown, shown.version() != newest.version());
            show(shown, newest);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The version this page shows: the newest. */
    RecordDetails shownVersion(RouteParameters parameters, RecordDetails newest) {
        return newest;
    }

    private void show(RecordDetails record, RecordDetails newest) {
        add(createBadges(record), createTitle(record), createLead(record));
        if (record.version() != newest.version()) {
            add(createEarlierVersionBanner(record, newest));
        }
        if (record.retracted()) {
            add(createRetractedNotice());
        }
        add(createText(record));
        if (!record.translations().isEmpty()) {
            add(createTranslations(record.translations()));
        }
        add(createFacts(record), createActions(record, record.version() == newest.version()));
        if (!record.citations().isEmpty()) {
            add(createPassages(record));
        }
        add(new ProvenanceTimeline(catalogue, record.id()));
    }

    /** On an earlier version's page: which version this is, and the way to the newest. */
    private static Component createEarlierVersionBanner(RecordDetails record, RecordDetails newest) {
        RouterLink toNewest = new RouterLink("Read the newest version (" + newest.version() + ")", RecordView.class,
                new RouteParameters(ID_PARAMETER, String.valueOf(record.id())));
        toNewest.addClassName("archive-version-banner-link");
        Div banner = new Div(new Span("You are reading version " + record.version() + " of this record, as it was "
                + "published on " + Times.format(record.publishedAt()) + ". It has been revised since. "), toNewest);
        banner.addClassNames("archive-notice", "archive-version-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    private static Component createBadges(RecordDetails record) {
        Div badges = new Div(Badges.kind(record.kind()));
        badges.addClassName("archive-record-badges");
        Span verification = Badges.verification(record.verification());
        if (verification != null) {
            badges.add(verification);
        }
        if (record.retracted()) {
            badges.add(Badges.badge("Retracted", "error", "archive-badge-retracted"));
        }
        return badges;
    }

    private static H1 createTitle(RecordDetails record) {
        return new H1(title(record));
    }

    /** How a record is named: a clause by its label, an entity by its name, a quote by its first words. */
    public static String title(RecordDetails record) {
        return Titles.of(record);
    }

    private static Paragraph createLead(RecordDetails record) {
        String what = switch (record.kind()) {
            case CLAUSE -> "A clause of ";
            case QUOTE -> record.speaker() != null ? "Words of " + record.speaker().name() + ", quoted in "
                    : "Words quoted in ";
            case ENTITY -> "A person, place or organisation named in ";
            case SOURCE -> "The transcription of ";
        };
        Paragraph lead = new Paragraph(what + record.source().title() + ". Version " + record.version()
                + ", published " + Times.format(record.publishedAt()) + ".");
        lead.addClassName("archive-lead");
        return lead;
    }

    private static Component createRetractedNotice() {
        Div notice = new Div(new Span("This record was retracted. It is kept, with its history, so that "
                + "earlier citations of it still lead somewhere."));
        notice.addClassName("archive-notice");
        return notice;
    }

    private static Component createText(RecordDetails record) {
        Paragraph words = new Paragraph(record.text());
        if (record.language() != null && !record.language().isBlank()) {
            words.getElement().setAttribute("lang", record.language());
        }
        if (record.kind() == RecordKind.ENTITY) {
            words.addClassName("archive-record-description");
            return words;
        }
        Blockquote text = new Blockquote(words);
        text.addClassName("archive-record-text");
        return text;
    }

    private static Component createTranslations(List<Translation> translations) {
        Section section = new Section(new H2(translations.size() == 1 ? "Translation" : "Translations"));
        section.addClassName("archive-record-translations");
        for (Translation translation : translations) {
            Paragraph text = new Paragraph(translation.text());
            text.getElement().setAttribute("lang", translation.language());
            Span language = new Span(Texts.language(translation.language()));
            language.addClassName("archive-translation-language");
            section.add(new Div(language, new Blockquote(text)));
        }
        return section;
    }

    private Component createFacts(RecordDetails record) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("archive-facts");
        if (record.speaker() != null) {
            fact(facts, "Speaker", record.speaker().name());
        }
        if (record.date() != null) {
            fact(facts, "Date", record.date().toString());
        }
        if (record.occasion() != null && !record.occasion().isBlank()) {
            fact(facts, "Occasion", record.occasion());
        }
        if (record.attribution() != null) {
            fact(facts, "Attribution", Texts.words(record.attribution().name()));
        }
        if (record.entityType() != null) {
            fact(facts, "Type", Texts.words(record.entityType().name()));
        }
        if (record.alternativeNames() != null && !record.alternativeNames().isEmpty()) {
            fact(facts, "Also known as", String.join("; ", record.alternativeNames()));
        }
        facts.add(new DescriptionList.Term("Source"),
                new DescriptionList.Description(SourceView.link(record.source().title(), record.source().id())));
        if (record.language() != null && !record.language().isBlank()) {
            fact(facts, "Language", Texts.language(record.language()));
        }
        catalogue.logPosition(record).ifPresent(log -> facts.add(new DescriptionList.Term("Archive log"),
                new DescriptionList.Description(createLogPosition(record, log))));
        facts.add(new DescriptionList.Term("Data"), new DescriptionList.Description(createDataLinks(record)));
        return facts;
    }

    /**
     * "Entry 12, in the archive's log since checkpoint 40", with the inclusion proof to download: what a researcher
     * needs to prove later that this version existed, unchanged, by then.
     */
    private static Component createLogPosition(RecordDetails record, LogPosition log) {
        Span where = new Span("Entry " + log.entry() + (log.checkpointSize() == null
                ? ", to be signed in the next checkpoint" : ", in the archive's log since checkpoint "
                + log.checkpointSize()));
        where.addClassName("archive-log-position");
        if (log.checkpointSize() == null) {
            return where;
        }
        Anchor proof = new Anchor(ApiLinks.inclusionProof(record, log.checkpointSize()), "inclusion proof");
        proof.getElement().setAttribute("download", "record-" + record.id() + "-v" + record.version()
                + "-inclusion-" + log.checkpointSize() + ".json");
        return new Span(where, new Span(" · "), proof);
    }

    /** This version and its provenance in the API, for programs (JSON; JSON-LD or Turtle on request). */
    private static Component createDataLinks(RecordDetails record) {
        Anchor version = new Anchor(ApiLinks.version(record), "this version in the API");
        version.setRouterIgnore(true);
        version.addClassName("archive-api-link");
        Anchor provenance = new Anchor(ApiLinks.provenance(record), "provenance (W3C PROV)");
        provenance.setRouterIgnore(true);
        provenance.addClassName("archive-api-link");
        return new Span(version, new Span(" · "), provenance,
                new Span(" — JSON, or JSON-LD and Turtle on request (Accept)"));
    }

    private static void fact(DescriptionList facts, String term, String description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Component createActions(RecordDetails record, boolean newest) {
        Div actions = new Div();
        actions.addClassName("archive-record-actions");
        if (record.kind() != RecordKind.ENTITY) {
            Button cite = new Button("Cite", VaadinIcon.QUOTE_LEFT.create(),
                    click -> new CiteDialog(catalogue, record).open());
            cite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(cite);
        }
        if (newest && !record.retracted() && caller.may(Role.ARCHIVIST)) {
            RouteParameters revise = new RouteParameters(RecordDraftView.ID_PARAMETER, String.valueOf(record.id()));
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent().navigate(RecordDraftView.class, revise));
            edit.getElement().setAttribute("aria-label", "Edit: propose a revision of this record");
            actions.add(edit);
        }
        actions.add(new RouterLink("Back to search", SearchView.class));
        return actions;
    }

    private static Component createPassages(RecordDetails record) {
        Section section = new Section(new H2(record.citations().size() == 1
                ? "The cited passage" : "The cited passages"));
        section.addClassName("archive-record-passages");
        for (CitationDetails citation : record.citations()) {
            section.add(createPassage(citation));
        }
        return section;
    }

    /** The cited words marked in the text around them, as the TextQuoteSelector records it. */
    static Component createPassage(CitationDetails citation) {
        Paragraph text = new Paragraph();
        text.addClassName("archive-passage-text");
        if (citation.prefix() != null && !citation.prefix().isEmpty()) {
            text.add(new Span("…" + citation.prefix()));
        }
        text.add(new Mark(citation.exact()));
        if (citation.suffix() != null && !citation.suffix().isEmpty()) {
            text.add(new Span(citation.suffix() + "…"));
        }
        Div caption = new Div();
        caption.addClassName("archive-passage-caption");
        StringBuilder where = new StringBuilder(citation.sourceTitle() == null ? "" : citation.sourceTitle());
        if (citation.locator() != null && !citation.locator().isBlank()) {
            where.append(", ").append(locatorName(citation.label())).append(citation.locator());
        }
        if (citation.sourceVersion() != null) {
            where.append(" (transcription version ").append(citation.sourceVersion()).append(")");
        }
        caption.add(new Span(where.toString()));
        Span verification = Badges.verification(citation.verification());
        if (verification != null) {
            caption.add(verification);
        }
        caption.add(createSourceLink(citation));
        Div passage = new Div(new Blockquote(text), caption);
        passage.addClassName("archive-passage");
        return passage;
    }

    /** The cited transcription version, with the passage marked in it. */
    private static RouterLink createSourceLink(CitationDetails citation) {
        RouterLink link = SourceView.link("Read it in the source", citation.source());
        if (citation.sourceVersion() != null) {
            link.setQueryParameters(QueryParameters.of(SourceView.VERSION_PARAMETER,
                    String.valueOf(citation.sourceVersion())));
        }
        link.addClassName("archive-passage-source");
        return link;
    }

    private static String locatorName(String label) {
        if (label == null) {
            return "";
        }
        return switch (label) {
            case "article-locator" -> "article ";
            case "page" -> "page ";
            case "paragraph" -> "paragraph ";
            case "section" -> "section ";
            case "line" -> "line ";
            default -> label.replace('-', ' ') + " ";
        };
    }
}
