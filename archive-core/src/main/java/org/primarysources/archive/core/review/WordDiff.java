package org.primarysources.archive.core.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.primarysources.archive.core.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level inline difference of two texts: runs of EQUAL, DELETE and INSERT. Optionally blind to whitespace
 * (any run of it counts as one space) and to diacritics, folded as a folded search folds them ({@code Sesupe} equals
 * {@code Šešupė}, {@code Lodz} equals {@code Łódź}); the segments always show the real text.
 */
public final class WordDiff {

    public enum Op { EQUAL, INSERT, DELETE }

    public record Segment(Op op, String text) {
    }

    /** The same difference as two texts side by side: the before with its deletions, the after with its insertions. */
    public record Sides(List<Segment> before, List<Segment> after) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(keys(a, ignoreWhitespace, ignoreDiacritics),
                keys(b, ignoreWhitespace, ignoreDiacritics));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            add(segments, Op.EQUAL, a.subList(position, sourceAt));
            add(segments, Op.DELETE, a.subList(sourceAt, sourceAt + delta.getSource().size()));
            int targetAt = delta.getTarget().getPosition();
            add(segments, Op.INSERT, b.subList(targetAt, targetAt + delta.getTarget().size()));
            position = sourceAt + delta.getSource().size();
        }
        add(segments, Op.EQUAL, a.subList(position, a.size()));
        return segments;
    }

    /**
     * The difference split into its two sides. Unlike {@link #diff}, whose unchanged runs are the before text, each
     * side shows its own text — so with whitespace or diacritics ignored, the after side still reads as proposed.
     */
    public static Sides sideBySide(String before, String after, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(keys(a, ignoreWhitespace, ignoreDiacritics),
                keys(b, ignoreWhitespace, ignoreDiacritics));
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int positionA = 0;
        int positionB = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            add(left, Op.EQUAL, a.subList(positionA, sourceAt));
            add(right, Op.EQUAL, b.subList(positionB, targetAt));
            add(left, Op.DELETE, a.subList(sourceAt, sourceAt + delta.getSource().size()));
            add(right, Op.INSERT, b.subList(targetAt, targetAt + delta.getTarget().size()));
            positionA = sourceAt + delta.getSource().size();
            positionB = targetAt + delta.getTarget().size();
        }
        add(left, Op.EQUAL, a.subList(positionA, a.size()));
        add(right, Op.EQUAL, b.subList(positionB, b.size()));
        return new Sides(left, right);
    }

    private static void add(List<Segment> segments, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).op() == op) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(op, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> keys(List<String> tokens, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String key = token;
            if (ignoreWhitespace && token.isBlank()) {
                key = " ";
            }
            if (ignoreDiacritics) {
                key = Folding.fold(key);
            }
            keys.add(key);
        }
        return keys;
    }
}
