package org.primarysources.archive.ui.record;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.review.WordDiff;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Texts;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.components.WordDiffs;

import java.util.ArrayList;
import java.util.List;

/**
 * Every version of a record, newest first: what produced it, who wrote it and who approved it, when, its link in the
 * hash chain, and how its text differs from the version before.
 */
class ProvenanceTimeline extends Section {

    static final int SHORT_HASH = 12;

    ProvenanceTimeline(RecordCatalogue catalogue, long recordId) {
        addClassName("archive-provenance");
        Paragraph explanation = new Paragraph("Every version is kept. Each one's hash covers its content and the "
                + "hash of the version before, so any later alteration of the history shows.");
        explanation.addClassName("archive-provenance-explanation");
        OrderedList versions = new OrderedList();
        versions.addClassName("archive-timeline");
        versions.getElement().setAttribute("reversed", true);
        List<VersionSummary> summaries = catalogue.versions(recordId);
        List<RecordDetails> contents = new ArrayList<>();
        for (VersionSummary summary : summaries) {
            contents.add(catalogue.version(recordId, summary.version()));
        }
        for (int i = summaries.size() - 1; i >= 0; i--) {
            versions.add(createVersion(summaries.get(i), i == 0 ? null : contents.get(i - 1), contents.get(i)));
        }
        add(new H2("Provenance"), explanation, versions);
    }

    private static Component createVersion(VersionSummary summary, RecordDetails before, RecordDetails after) {
        H3 heading = new H3("Version " + summary.version());
        Div header = new Div(heading, Badges.activity(summary.activity()));
        header.addClassName("archive-version-header");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("archive-facts");
        fact(facts, "Written by", summary.author());
        fact(facts, "Approved by", summary.approver() == null ? "—" : summary.approver());
        fact(facts, "Published", Times.format(summary.at()));
        Code hash = new Code(shortHash(summary.hash()));
        hash.setTitle(summary.hash());
        hash.getElement().setAttribute("aria-label", "hash " + summary.hash());
        facts.add(new DescriptionList.Term("Hash"), new DescriptionList.Description(hash));
        ListItem item = new ListItem(header, facts, createDifference(before, after));
        item.addClassName("archive-version");
        return item;
    }

    private static Component createDifference(RecordDetails before, RecordDetails after) {
        if (before == null) {
            return note("The first published version.");
        }
        List<WordDiff.Segment> segments = WordDiff.diff(before.text(), after.text(), false, false);
        if (!WordDiffs.changesSomething(segments)) {
            return note(after.retracted() && !before.retracted()
                    ? "Retracted; the text is unchanged."
                    : "The text is unchanged; other details changed.");
        }
        Div difference = new Div(note("Changes to the text since version " + before.version() + ":"),
                WordDiffs.render(segments));
        difference.addClassName("archive-version-diff");
        return difference;
    }

    static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(SHORT_HASH, hash.length()));
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("archive-version-note");
        return note;
    }

    private static void fact(DescriptionList facts, String term, String description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(Texts.shorten(description, 200)));
    }
}
