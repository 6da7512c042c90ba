package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.primarysources.archive.core.review.WordDiff;

import java.util.List;

/**
 * A word-level difference shown inline (removed words struck through, added words underlined) or side by side
 * (the before with its deletions beside the after with its insertions; stacked on a narrow screen), as text.
 */
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

    /** Two columns, "Before" and "After"; an empty side says there was (or will be) nothing. */
    public static Div renderSideBySide(WordDiff.Sides sides) {
        Div columns = new Div(side("Before", sides.before(), "Nothing: this change creates it."),
                side("After", sides.after(), "Nothing: this change removes it."));
        columns.addClassName("archive-diff-sides");
        return columns;
    }

    /** An inline difference split into its sides: unchanged and deleted words before, unchanged and inserted after. */
    public static WordDiff.Sides split(List<WordDiff.Segment> segments) {
        return new WordDiff.Sides(
                segments.stream().filter(segment -> segment.op() != WordDiff.Op.INSERT).toList(),
                segments.stream().filter(segment -> segment.op() != WordDiff.Op.DELETE).toList());
    }

    private static Div side(String name, List<WordDiff.Segment> segments, String whenEmpty) {
        Span heading = new Span(name);
        heading.addClassName("archive-diff-side-name");
        Div side = new Div(heading);
        side.addClassName("archive-diff-side");
        if (segments.isEmpty()) {
            Div empty = new Div(new Text(whenEmpty));
            empty.addClassNames("archive-diff", "archive-diff-empty");
            side.add(empty);
        } else {
            side.add(render(segments));
        }
        return side;
    }

    /** Whether the segments change anything at all. */
    public static boolean changesSomething(List<WordDiff.Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.op() != WordDiff.Op.EQUAL);
    }
}
