package org.primarysources.archive.ui.components;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;

import org.primarysources.archive.core.review.WordDiff;

/** A word-level difference shown inline: removed words struck through, added words underlined, as text. */
public final class WordDiffs {

    private WordDiffs() {
    }

    public static Div render(List<WordDiff.Segment> segments) {
        Div diff = new Div();
        diff.addClassName("archive-diff");
        for (WordDiff.Segment segment : segments) {
            switch (segment.op()) {
                case EQUAL -> diff.add(new Text(segment.text()));
                case INSERT -> diff.add(new Inserted(segment.text()));
                case DELETE -> diff.add(new Deleted(segment.text()));
            }
        }
        return diff;
    }

    /** Whether the segments change anything at all. */
    public static boolean changesSomething(List<WordDiff.Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.op() != WordDiff.Op.EQUAL);
    }
}
