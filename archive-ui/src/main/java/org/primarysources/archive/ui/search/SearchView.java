package org.primarysources.archive.ui.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.export.ExportFormat;
import org.primarysources.archive.search.export.SearchExportResource;
import org.primarysources.archive.search.query.SearchHit;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.SearchSort;
import org.primarysources.archive.search.query.SearchUnavailableException;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Highlights;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.record.RecordView;
import org.primarysources.archive.ui.source.SourceView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The landing page, open to everyone: where a researcher starts looking for a source, clause, quote or entity.
 * Results update as they type; the search, its filters, sort and page live in the address bar.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Search the archive – Archive")
public class SearchView extends Div implements BeforeEnterObserver {

    /** The facets offered, in the order shown, with the heading of each; keys as in the URL and the result. */
    private static final Map<String, String> FACETS = facetNames();
    private static final int TYPING_PAUSE_MILLIS = 350;
    private static final int FRAGMENT_LENGTH = 240;
    private static final int NARROW_PIXELS = 640;

    private final RecordSearch search;
    private final TextField queryField = createQueryField();
    private final Checkbox exact = new Checkbox("Match accents and case exactly");
    private final Select<SearchSort> sort = createSort();
    private final Details facetPanel = new Details();
    private final Div facetGroups = new Div();
    private final Button clearFilters = new Button("Clear filters");
    private final H2 resultsHeading = new H2();
    private final Div notice = new Div();
    private final UnorderedList hits = new UnorderedList();
    private final Nav pager = new Nav();
    private final Details downloads = new Details();
    private SearchQuery query = SearchQuery.everything();
    private boolean showing;

    @Inject
    public SearchView(RecordSearch search) {
        this.search = search;
        addClassNames("archive-page", "archive-search");
        add(new H1("Search the archive"), createLead(), createSearchBox(), createOptions(), createBody());
        queryField.addValueChangeListener(change -> changeQuery(query.withQ(change.getValue())));
        exact.addValueChangeListener(change -> changeQuery(
                query.withMode(change.getValue() ? SearchMode.EXACT : SearchMode.FOLDED)));
        sort.addValueChangeListener(change -> changeQuery(query.withSort(change.getValue())));
        clearFilters.addClickListener(click -> changeQuery(query.withoutFilters()));
    }

    /** On a phone the filters start folded away, so the results come first. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // folded on a phone, decided in the browser: asking the server would cost every visitor a round trip
        facetPanel.getElement().executeJs(
                "if (window.innerWidth > 0 && window.innerWidth < $0) { this.opened = false; }", NARROW_PIXELS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchQuery.of(event.getLocation().getQueryParameters());
        showing = true;
        try {
            queryField.setValue(query.q());
            exact.setValue(query.mode() == SearchMode.EXACT);
            sort.setValue(query.sort());
        } finally {
            showing = false;
        }
        show(runSearch());
    }

    /** The researcher changed something: the new search goes into the address bar, which shows it. */
    private void changeQuery(SearchQuery changed) {
        if (showing || changed.equals(query)) {
            return;
        }
        UI.getCurrent().navigate(SearchView.class, changed.toParameters());
    }

    private Answer runSearch() {
        try {
            return new Answer(search.search(query.toRequest()), null);
        } catch (SearchUnavailableException e) {
            return new Answer(null, "Search is unavailable right now. The archive itself is fine: "
                    + "please try again in a minute.");
        } catch (InvalidInputException e) {
            return new Answer(null, "The archive could not read that search: " + e.getMessage() + ".");
        }
    }

    private void show(Answer answer) {
        hits.removeAll();
        pager.removeAll();
        notice.removeAll();
        notice.setVisible(answer.problem() != null);
        if (answer.problem() != null) {
            resultsHeading.setText("No results");
            showDownloads(0);
            notice.add(createNoticeIcon(), new Span(answer.problem()));
            showFacets(Map.of(), List.of());
            return;
        }
        SearchResult result = answer.result();
        resultsHeading.setText(resultCount(result.total()));
        showDownloads(result.total());
        if (result.hits().isEmpty()) {
            hits.add(new ListItem(createNoMatches()));
        }
        result.hits().forEach(hit -> hits.add(new ListItem(createHit(hit))));
        showFacets(result.facets() == null ? Map.of() : result.facets(), result.hits());
        showPager(result.total());
    }

    private void showFacets(Map<String, Map<String, Long>> facets, List<SearchHit> shownHits) {
        showing = true;
        try {
            facetGroups.removeAll();
            FACETS.forEach((facet, heading) -> {
                Map<String, Long> counts = facets.getOrDefault(facet, Map.of());
                Set<String> selected = query.selected(facet);
                List<String> values = Stream.concat(
                                counts.entrySet().stream()
                                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                                .thenComparing(Map.Entry.comparingByKey()))
                                        .map(Map.Entry::getKey),
                                selected.stream().sorted())
                        .distinct().toList();
                if (!values.isEmpty()) {
                    facetGroups.add(createFacet(facet, heading, values, counts, selected, shownHits));
                }
            });
            clearFilters.setVisible(query.isFiltered());
            facetPanel.setSummaryText(query.isFiltered() ? "Refine results (filtered)" : "Refine results");
        } finally {
            showing = false;
        }
    }

    private Component createFacet(String facet, String heading, List<String> values, Map<String, Long> counts,
                                  Set<String> selected, List<SearchHit> shownHits) {
        CheckboxGroup<String> group = new CheckboxGroup<>(heading);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("archive-facet");
        group.setItems(values);
        group.setItemLabelGenerator(value -> facetLabel(facet, value, shownHits)
                + " (" + counts.getOrDefault(value, 0L) + ")");
        group.setValue(selected);
        group.addValueChangeListener(change -> changeQuery(query.withFacet(facet, change.getValue())));
        return group;
    }

    private String facetLabel(String facet, String value, List<SearchHit> shownHits) {
        return switch (facet) {
            case "kind" -> kindLabel(value);
            case "source" -> sourceLabel(value, shownHits);
            case "language" -> Texts.language(value);
            case "decade" -> value + "s";
            default -> value;
        };
    }

    private static String kindLabel(String value) {
        try {
            return Badges.kindName(RecordKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private String sourceLabel(String value, List<SearchHit> shownHits) {
        try {
            long id = Long.parseLong(value);
            return shownHits.stream().filter(hit -> hit.source() != null && hit.source().id() == id)
                    .map(hit -> hit.source().title()).findFirst()
                    .or(() -> Optional.ofNullable(search.sourceTitle(id)))
                    .orElse("Source " + id);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private void showPager(long total) {
        int pages = (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        pager.setVisible(pages > 1);
        if (pages <= 1) {
            return;
        }
        int page = query.page();
        Button previous = new Button("Previous page", VaadinIcon.ANGLE_LEFT.create(),
                click -> changeQuery(query.withPage(page - 1)));
        previous.setEnabled(page > 1);
        Button next = new Button("Next page", VaadinIcon.ANGLE_RIGHT.create(),
                click -> changeQuery(query.withPage(page + 1)));
        next.setIconAfterText(true);
        next.setEnabled(page < pages);
        Span where = new Span("Page " + page + " of " + pages);
        where.addClassName("archive-pager-position");
        pager.add(previous, where, next);
    }

    private Component createHit(SearchHit hit) {
        Div card = new Div();
        card.addClassName("archive-hit");
        Div badges = new Div(Badges.kind(hit.kind()));
        badges.addClassName("archive-hit-badges");
        if (Badges.verification(hit.verification()) != null) {
            badges.add(Badges.verification(hit.verification()));
        }
        H3 title = new H3(createHitLink(hit));
        title.addClassName("archive-hit-title");
        Paragraph fragment = new Paragraph();
        fragment.addClassName("archive-hit-fragment");
        if (hit.highlight() != null && !hit.highlight().isBlank()) {
            fragment.add(Highlights.render(hit.highlight()));
        } else {
            fragment.setText(Texts.shorten(hit.text(), FRAGMENT_LENGTH));
        }
        card.add(badges, title, fragment, createHitFacts(hit));
        if (isSource(hit)) {
            card.add(createWithinSource(hit));
        }
        return card;
    }

    /** A record opens its page; a whole source opens the source's page, with its transcription. */
    private RouterLink createHitLink(SearchHit hit) {
        if (isSource(hit)) {
            return SourceView.link(hitLabel(hit), hit.source().id());
        }
        return new RouterLink(hitLabel(hit), RecordView.class,
                new RouteParameters(RecordView.ID_PARAMETER, String.valueOf(hit.id())));
    }

    /** A hit that is a whole source: of kind SOURCE (or, from older indexes, of no kind) and naming it. */
    private static boolean isSource(SearchHit hit) {
        return (hit.kind() == null || hit.kind() == RecordKind.SOURCE) && hit.source() != null;
    }

    /** For a whole source: the search narrowed to what it contains. */
    private static Component createWithinSource(SearchHit hit) {
        RouterLink within = new RouterLink("Search within this source", SearchView.class);
        within.setQueryParameters(SearchQuery.everything().withFacet("source",
                List.of(String.valueOf(hit.source().id()))).toParameters());
        within.addClassName("archive-hit-within");
        return within;
    }

    private static Component createHitFacts(SearchHit hit) {
        Div facts = new Div();
        facts.addClassName("archive-hit-facts");
        List<Component> parts = new ArrayList<>();
        if (hit.speaker() != null && !hit.speaker().isBlank()) {
            parts.add(fact("Speaker", hit.speaker()));
        }
        if (hit.source() != null) {
            parts.add(fact("Source", hit.source().title()));
        }
        if (hit.date() != null && !hit.date().isBlank()) {
            parts.add(fact("Date", hit.date()));
        }
        parts.forEach(facts::add);
        return facts;
    }

    private static Span fact(String name, String value) {
        Span label = new Span(name + ": ");
        label.addClassName("archive-fact-name");
        Span fact = new Span(label, new Span(value == null ? "" : value));
        fact.addClassName("archive-fact");
        return fact;
    }

    private static String hitLabel(SearchHit hit) {
        if (hit.label() != null && !hit.label().isBlank()) {
            return hit.label();
        }
        return Texts.shorten(hit.text(), 90);
    }

    private static String resultCount(long total) {
        return total == 0 ? "No records found" : total == 1 ? "1 record found" : String.format(Locale.ENGLISH,
                "%,d records found", total);
    }

    private Component createNoMatches() {
        Paragraph none = new Paragraph(query.mode() == SearchMode.EXACT
                ? "No records match. Try fewer words, or switch off exact matching."
                : "No records match. Try fewer or other words"
                        + (query.isFiltered() ? ", or clear the filters." : "."));
        none.addClassName("archive-empty-state");
        return none;
    }

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Treaty clauses, verbatim quotes and entities, each with the source it "
                + "comes from and a citation ready to copy. Accents and case are ignored unless you ask for "
                + "exact matching: Sesupe finds Šešupė.");
        lead.addClassName("archive-lead");
        return lead;
    }

    private Component createSearchBox() {
        Div searchBox = new Div(queryField);
        searchBox.addClassName("archive-search-box");
        searchBox.getElement().setAttribute("role", "search");
        return searchBox;
    }

    private Component createOptions() {
        Div options = new Div(exact, sort, createDownloads());
        options.addClassName("archive-search-options");
        return options;
    }

    /** "Download results": the search's hits as a table or as citations, links the view fills in for each search. */
    private Component createDownloads() {
        downloads.setSummaryText("Download results");
        downloads.addClassName("archive-search-downloads");
        downloads.setVisible(false);
        return downloads;
    }

    private void showDownloads(long total) {
        downloads.removeAll();
        downloads.setVisible(total > 0);
        if (total == 0) {
            return;
        }
        UnorderedList links = new UnorderedList();
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(query.exportLink(format), downloadLabel(format));
            link.getElement().setAttribute("download", "");
            links.add(new ListItem(link));
        }
        Paragraph limit = new Paragraph(total > SearchExportResource.LIMIT
                ? String.format("The first %,d of %,d hits, in this order.", SearchExportResource.LIMIT, total)
                : "Every hit, in this order. Entities and sources are in the table only: they cannot be cited.");
        limit.addClassName("archive-download-note");
        downloads.add(links, limit);
    }

    private static String downloadLabel(ExportFormat format) {
        return switch (format) {
            case CSV -> "Table (CSV)";
            case RIS -> "Citations (RIS)";
            case BIBTEX -> "Citations (BibTeX)";
            case CSL_JSON -> "Citations (CSL-JSON)";
        };
    }

    private Component createBody() {
        facetPanel.setSummaryText("Refine results");
        facetPanel.setOpened(true);
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearFilters.setVisible(false);
        facetGroups.addClassName("archive-facet-groups");
        facetPanel.add(facetGroups, clearFilters);
        Section facets = new Section(facetPanel);
        facets.addClassName("archive-facets");
        facets.getElement().setAttribute("aria-label", "Refine results");

        resultsHeading.setId("archive-results-heading");
        resultsHeading.getElement().setAttribute("aria-live", "polite");
        notice.addClassName("archive-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        hits.addClassName("archive-hits");
        pager.addClassName("archive-pager");
        pager.getElement().setAttribute("aria-label", "Result pages");
        Section results = new Section(resultsHeading, notice, hits, pager);
        results.addClassName("archive-results");
        results.getElement().setAttribute("aria-labelledby", "archive-results-heading");

        Div body = new Div(facets, results);
        body.addClassName("archive-search-body");
        return body;
    }

    private static TextField createQueryField() {
        TextField query = new TextField("Search sources, clauses, quotes and entities");
        query.setPlaceholder("e.g. a treaty, an article, a person's words");
        query.setPrefixComponent(createDecorativeIcon());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addClassName("archive-search-field");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        query.setAutoselect(false);
        return query;
    }

    private static Select<SearchSort> createSort() {
        Select<SearchSort> sort = new Select<>();
        sort.setLabel("Sort by");
        sort.setItems(SearchSort.RELEVANCE, SearchSort.DATE);
        sort.setItemLabelGenerator(order -> order == SearchSort.DATE ? "Date, oldest first" : "Best match");
        sort.setValue(SearchSort.RELEVANCE);
        return sort;
    }

    private static Icon createDecorativeIcon() {
        Icon icon = VaadinIcon.SEARCH.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static Icon createNoticeIcon() {
        Icon icon = VaadinIcon.INFO_CIRCLE_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static Map<String, String> facetNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("kind", "Kind");
        names.put("source", "Source");
        names.put("speaker", "Speaker");
        names.put("language", "Language");
        names.put("decade", "Decade");
        return names;
    }

    /** What the search engine said: a result, or a problem to tell the researcher about. */
    private record Answer(SearchResult result, String problem) {
    }
}
