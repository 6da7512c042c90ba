package org.primarysources.archive.ui.importing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.primarysources.archive.core.parsing.EncyclopediaArticleParser;
import org.primarysources.archive.core.parsing.ParsedArticle;
import org.primarysources.archive.core.parsing.ParsedClause;
import org.primarysources.archive.core.parsing.ParsedEntity;
import org.primarysources.archive.core.parsing.ParsedQuote;
import org.primarysources.archive.core.parsing.Removal;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Texts;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import of an article will create: the source, and the clauses, quotes and entities read from it; and what
 * of the file the transcription leaves out (glosses, citation remnants, markup, end matter), each with its reason and
 * its words, so that an archivist can see that no sentence of the article is lost.
 */
class ImportPreview extends Div {

    /** The most items listed per kind; the counts always tell the whole number. */
    static final int MAX_LISTED = 300;
    private static final int SHOWN_REMOVAL = 160;

    /**
     * @param source the article as the parser read it ({@link EncyclopediaArticleParser#source(String)}), which the
     *               removals point into
     */
    ImportPreview(ParsedArticle article, String source) {
        addClassName("archive-import-preview");
        Paragraph created = new Paragraph();
        created.add(new Span("One source, "), createTitle(article.title()), new Span(", with a transcription of "
                + String.format(Locale.ENGLISH, "%,d", article.transcription().length())
                + " characters" + (article.categories().isEmpty() ? "." : " and " + article.categories().size()
                + " categories.")));
        add(created, createCounts(article),
                createList("Clauses", article.clauses(), ImportPreview::clause),
                createList("Quotes", article.quotes(), ImportPreview::quote),
                createList("Entities", article.entities(), ImportPreview::entity),
                createList(removedHeading(article.removals()), article.removals(), removal -> removal(removal,
                        source)));
    }

    /** "Removed from the file: 3 glosses, 1 citation remnant". */
    private static String removedHeading(List<Removal> removals) {
        Map<Removal.Reason, Long> counts = removals.stream().collect(Collectors.groupingBy(Removal::reason,
                () -> new EnumMap<>(Removal.Reason.class), Collectors.counting()));
        return "Removed from the file" + (counts.isEmpty() ? "" : counts.entrySet().stream()
                .map(count -> count(count.getValue().intValue(), reason(count.getKey())[0],
                        reason(count.getKey())[1]))
                .collect(Collectors.joining(", ", ": ", "")));
    }

    /** What one removal of the kind is called, and what several are. */
    private static String[] reason(Removal.Reason reason) {
        return switch (reason) {
            case GLOSS -> new String[] {"gloss", "glosses"};
            case CITATION_REMNANT -> new String[] {"citation remnant", "citation remnants"};
            case MARKUP -> new String[] {"piece of markup", "pieces of markup"};
            case END_MATTER -> new String[] {"stretch of end matter", "stretches of end matter"};
        };
    }

    /** "Gloss of Joseph Stalin — “Joseph Vissarionovich Stalin was …”". */
    static String removed(Removal removal, String source) {
        String what = switch (removal.reason()) {
            case GLOSS -> removal.detail().isEmpty() ? "Gloss without a link" : "Gloss of " + removal.detail();
            case CITATION_REMNANT -> "Citation remnant";
            case MARKUP -> "Markup (" + removal.detail() + ")";
            case END_MATTER -> "End matter from “" + removal.detail() + "”";
        };
        return what + " — “" + Texts.shorten(source.substring(removal.start(), removal.end()), SHOWN_REMOVAL) + "”";
    }

    private static Component removal(Removal removal, String source) {
        Span shown = new Span(removed(removal, source));
        shown.addClassName("archive-import-removal");
        shown.getElement().setAttribute("data-reason", removal.reason().name());
        return shown;
    }

    private static Component createTitle(String title) {
        Span shown = new Span(title);
        shown.addClassName("archive-import-title");
        return shown;
    }

    private static Component createCounts(ParsedArticle article) {
        Div counts = new Div(
                Badges.badge(count(article.clauses().size(), "clause"), "", "archive-count-clauses"),
                Badges.badge(count(article.quotes().size(), "quote"), "", "archive-count-quotes"),
                Badges.badge(count(article.entities().size(), "entity", "entities"), "", "archive-count-entities"));
        counts.addClassName("archive-import-counts");
        return counts;
    }

    static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static <T> Component createList(String heading, List<T> items, Function<T, Component> show) {
        UnorderedList list = new UnorderedList();
        list.addClassName("archive-import-list");
        items.stream().limit(MAX_LISTED).forEach(item -> list.add(new ListItem(show.apply(item))));
        if (items.isEmpty()) {
            list.add(new ListItem(new Span("None found.")));
        } else if (items.size() > MAX_LISTED) {
            list.add(new ListItem(new Span("… and " + (items.size() - MAX_LISTED) + " more.")));
        }
        Details details = new Details(heading + " (" + items.size() + ")", list);
        details.addClassName("archive-import-details");
        details.setOpened(!items.isEmpty() && items.size() <= 20);
        return details;
    }

    private static Component clause(ParsedClause clause) {
        Span label = new Span(clause.label() + ": ");
        label.addClassName("archive-fact-name");
        return new Span(label, new Span(Texts.shorten(clause.text(), 240)));
    }

    private static Component quote(ParsedQuote quote) {
        Div shown = new Div(new Span("“" + Texts.shorten(quote.exact(), 240) + "”"));
        Span speaker = new Span(quote.speakerName() == null ? "No speaker proposed"
                : "Proposed speaker: " + quote.speakerName());
        speaker.addClassName("archive-import-speaker");
        shown.add(speaker);
        if (quote.translation() != null) {
            Span translation = new Span("Translation: " + Texts.shorten(quote.translation(), 240));
            translation.addClassName("archive-import-translation");
            shown.add(translation);
        }
        return shown;
    }

    private static Component entity(ParsedEntity entity) {
        Span name = new Span(entity.name());
        name.addClassName("archive-fact-name");
        Span type = new Span(entity.typeGuess() == null ? "" : " (" + Texts.words(entity.typeGuess()).toLowerCase(
                Locale.ROOT) + ")");
        Span description = new Span(" — " + Texts.shorten(entity.description(), 160));
        description.addClassName("archive-import-description");
        return new Span(name, type, description);
    }
}
