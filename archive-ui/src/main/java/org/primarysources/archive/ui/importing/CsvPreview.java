package org.primarysources.archive.ui.importing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.CsvRow;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What an import of a CSV file will create: how many drafts of each kind, and the first rows. */
class CsvPreview extends Div {

    /** The rows listed; the counts always tell the whole number. */
    static final int LISTED = 20;

    CsvPreview(CsvFile csv) {
        addClassName("archive-import-preview");
        Paragraph rows = new Paragraph(String.format(Locale.ENGLISH, "%,d", csv.rows()) + (csv.rows() == 1
                ? " row, checked: it becomes one draft." : " rows, all checked: each becomes a draft."));
        rows.addClassName("archive-import-rows");
        Div counts = new Div(
                Badges.badge(ImportPreview.count(csv.counts().getOrDefault(RecordKind.CLAUSE, 0), "clause"), "",
                        "archive-count-clauses"),
                Badges.badge(ImportPreview.count(csv.counts().getOrDefault(RecordKind.QUOTE, 0), "quote"), "",
                        "archive-count-quotes"),
                Badges.badge(ImportPreview.count(csv.counts().getOrDefault(RecordKind.ENTITY, 0), "entity",
                        "entities"), "", "archive-count-entities"));
        counts.addClassName("archive-import-counts");
        add(rows, counts, createFirstRows(csv));
    }

    private static Component createFirstRows(CsvFile csv) {
        List<CsvRow> first = new ArrayList<>();
        csv.forEach(row -> {
            if (first.size() < LISTED) {
                first.add(row);
            }
        });
        UnorderedList list = new UnorderedList();
        list.addClassName("archive-import-list");
        first.forEach(row -> list.add(new ListItem(row(row))));
        if (csv.rows() > LISTED) {
            list.add(new ListItem(new Span("… and " + String.format(Locale.ENGLISH, "%,d", csv.rows() - LISTED)
                    + " more.")));
        }
        Details details = new Details("The first rows", list);
        details.addClassName("archive-import-details");
        details.setOpened(true);
        return details;
    }

    private static Component row(CsvRow row) {
        Span kind = new Span("Line " + row.line() + ", " + row.kind().name().toLowerCase(Locale.ROOT)
                + (row.label() == null ? "" : " “" + row.label() + "”") + ": ");
        kind.addClassName("archive-fact-name");
        Span text = new Span(Texts.shorten(row.text(), 200) + (row.quotedText() == null ? ""
                : " (cites source " + row.source() + ")"));
        return new Span(kind, text);
    }
}
