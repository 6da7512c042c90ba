package org.primarysources.archive.ui.source;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.record.RecordView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One published source as a researcher reads it: what it is and where it is held, its transcription with every
 * clause and quote taken from it marked (each mark leads to its record), and the list of those records. Every
 * word of the transcription is shown as text: markup in a source is shown as the characters it is.
 */
@Route(value = "sources/:" + SourceView.ID_PARAMETER, layout = MainLayout.class)
public class SourceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_PARAMETER = "id";
    /** Query parameter naming an earlier version of the source to read, e.g. {@code ?version=1}. */
    public static final String VERSION_PARAMETER = "version";

    private static final int SHORT_HASH = 12;

    private final SourceCatalogue catalogue;
    private String title = "Source – Archive";

    @Inject
    public SourceView(SourceCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassNames("archive-page", "archive-source");
    }

    /** The link to a source's page, for other pages. */
    public static RouterLink link(String text, long sourceId) {
        return new RouterLink(text, SourceView.class, new RouteParameters(ID_PARAMETER, String.valueOf(sourceId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = event.getRouteParameters().get(ID_PARAMETER).map(Long::parseLong)
                    .orElseThrow(() -> new NotFoundException("no source id"));
            SourceDetails current = catalogue.source(id);
            Optional<Integer> asked = event.getLocation().getQueryParameters().getSingleParameter(VERSION_PARAMETER)
                    .map(Integer::parseInt);
            SourceDetails shown = asked.filter(version -> version != current.version())
                    .map(version -> catalogue.version(id, version))
                    .orElse(current);
            title = SourcePageHeads.title(shown);
            show(shown, current, catalogue.citingRecords(id));
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SourceDetails source, SourceDetails current, List<RecordDetails> records) {
        CitedPassages cited = CitedPassages.of(source, records);
        add(createBadges(source), new H1(source.title()), createLead(source, cited));
        if (source.version() != current.version()) {
            add(createEarlierVersionNotice(source, current));
        }
        add(createFacts(source), createTranscription(source, cited), createRecords(source, cited));
    }

    private static Component createBadges(SourceDetails source) {
        Div badges = new Div(Badges.kind(RecordKind.SOURCE));
        if (source.type() != null) {
            badges.add(Badges.badge(Texts.words(source.type().name()), "", "archive-badge-source-type"));
        }
        badges.addClassName("archive-record-badges");
        return badges;
    }

    private static Paragraph createLead(SourceDetails source, CitedPassages cited) {
        long marked = cited.citing().stream()
                .filter(citing -> citing.placement() == CitedPassages.Placement.MARKED).count();
        String passages = marked == 0 ? "No clause or quote taken from it is marked in this version."
                : marked == 1 ? "The one clause or quote taken from it is marked in the text and leads to its record."
                : "The " + marked + " clauses and quotes taken from it are marked in the text; each leads to its "
                        + "record.";
        Paragraph lead = new Paragraph("A primary source and its transcription, version " + source.version() + ". "
                + passages);
        lead.addClassName("archive-lead");
        return lead;
    }

    private static Component createEarlierVersionNotice(SourceDetails shown, SourceDetails current) {
        Div notice = new Div(new Span("You are reading version " + shown.version() + " of this source. "),
                versionLink("Read the current version, " + current.version() + ".", current.id(), null));
        notice.addClassName("archive-notice");
        return notice;
    }

    private static Component createFacts(SourceDetails source) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("archive-facts");
        if (source.type() != null) {
            fact(facts, "Type", new Text(Texts.words(source.type().name())));
        }
        if (source.date() != null) {
            fact(facts, "Date", new Text(source.date().toString()));
        }
        if (source.languages() != null && !source.languages().isEmpty()) {
            fact(facts, "Language", new Text(source.languages().stream().map(Texts::language)
                    .collect(Collectors.joining(", "))));
        }
        text(facts, "Held by", source.holdingInstitution());
        text(facts, "Call number", source.callNumber());
        if (source.url() != null && !source.url().isBlank()) {
            fact(facts, "Online", createUrl(source.url()));
        }
        text(facts, "Rights", source.rights());
        if (source.subjects() != null && !source.subjects().isEmpty()) {
            fact(facts, "Subjects", new Text(String.join("; ", source.subjects())));
        }
        fact(facts, "Version", new Text(String.valueOf(source.version())));
        fact(facts, "Transcription SHA-256", hash(source.transcriptionHash()));
        fact(facts, "Version hash", hash(source.hash()));
        return facts;
    }

    /** A web address from the source's metadata: a link only when it is http(s), never a script. */
    private static Component createUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return new Text(url);
        }
        Anchor link = new Anchor(url.strip(), url.strip(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setRouterIgnore(true);
        return link;
    }

    private static Component hash(String hash) {
        Code code = new Code(hash == null ? "" : hash.substring(0, Math.min(SHORT_HASH, hash.length())));
        if (hash != null) {
            code.setTitle(hash);
            code.getElement().setAttribute("aria-label", "hash " + hash);
        }
        return code;
    }

    private static void text(DescriptionList facts, String term, String value) {
        if (value != null && !value.isBlank()) {
            fact(facts, term, new Text(value));
        }
    }

    private static void fact(DescriptionList facts, String term, Component description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private static Component createTranscription(SourceDetails source, CitedPassages cited) {
        Div text = new Div();
        text.addClassName("archive-transcription");
        text.setId("archive-transcription");
        if (source.languages() != null && source.languages().size() == 1) {
            text.getElement().setAttribute("lang", source.languages().get(0));
        }
        for (CitedPassages.Segment segment : cited.segments()) {
            text.add(segment.passage() == null ? new Text(segment.text()) : createMark(segment));
        }
        Section section = new Section(new H2("Transcription"), text);
        section.addClassName("archive-source-transcription");
        return section;
    }

    /** Cited words, leading to the record that cites them; words cited twice over (a quote in a clause) stand out. */
    private static Mark createMark(CitedPassages.Segment segment) {
        RecordDetails record = segment.passage().record();
        RouterLink link = new RouterLink(segment.text(), RecordView.class,
                new RouteParameters(RecordView.ID_PARAMETER, String.valueOf(record.id())));
        Mark mark = new Mark(link);
        mark.addClassNames("archive-cited", "archive-cited-" + record.kind().name().toLowerCase(Locale.ROOT));
        if (segment.depth() > 1) {
            mark.addClassName("archive-cited-nested");
        }
        mark.getElement().setAttribute("data-record", String.valueOf(record.id()));
        return mark;
    }

    private static Component createRecords(SourceDetails source, CitedPassages cited) {
        H2 heading = new H2("Clauses and quotes taken from it");
        Section section = new Section(heading);
        section.addClassName("archive-source-records");
        if (cited.citing().isEmpty()) {
            Paragraph none = new Paragraph("No published clause or quote is taken from this source yet.");
            none.addClassName("archive-empty-state");
            section.add(none);
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("archive-source-record-list");
        for (CitedPassages.Citing citing : cited.citing()) {
            list.add(createRecordItem(source, citing));
        }
        section.add(list);
        return section;
    }

    private static ListItem createRecordItem(SourceDetails source, CitedPassages.Citing citing) {
        RecordDetails record = citing.record();
        ListItem item = new ListItem(Badges.kind(record.kind()), new Text(" "),
                new RouterLink(RecordView.title(record), RecordView.class,
                        new RouteParameters(RecordView.ID_PARAMETER, String.valueOf(record.id()))));
        item.addClassName("archive-source-record");
        CitationDetails citation = citing.citation();
        switch (citing.placement()) {
            case MARKED -> {
                if (citation.locator() != null && !citation.locator().isBlank()) {
                    item.add(note(locatorName(citation.label()) + citation.locator()));
                }
            }
            case OTHER_VERSION -> {
                Span where = note("cites transcription version " + citation.sourceVersion()
                        + ", whose text differs from this one: ");
                item.add(where, versionLink("read version " + citation.sourceVersion(), source.id(),
                        citation.sourceVersion()));
            }
            case NOT_FOUND -> item.add(note("its words are not found once in the transcription it cites"));
        }
        return item;
    }

    private static RouterLink versionLink(String text, long sourceId, Integer version) {
        RouterLink link = link(text, sourceId);
        if (version != null) {
            link.setQueryParameters(QueryParameters.of(VERSION_PARAMETER, String.valueOf(version)));
        }
        return link;
    }

    private static Span note(String text) {
        Span note = new Span(" — " + text);
        note.addClassName("archive-source-record-note");
        return note;
    }

    private static String locatorName(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        return "article-locator".equals(label) ? "article " : label.replace('-', ' ') + " ";
    }
}
