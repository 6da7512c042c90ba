package org.primarysources.archive.core.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns the numbered clauses ("Article VII: …", "Art. 3. …", "Section 2 – …", "§ 4 …") of two transcriptions,
 * so that an editor sees a moved or renumbered article as moved, not as one deleted and another added.
 * Clauses are matched by identical text first, then by label, then by similar wording.
 */
public final class ClauseAlignment {

    public enum Status { UNCHANGED, MOVED, RENUMBERED, CHANGED, ADDED, REMOVED }

    /** One clause before and after; {@code inline} is the word diff of its text. */
    public record ClauseDiff(Status status, String labelBefore, String labelAfter, Integer positionBefore,
                             Integer positionAfter, List<WordDiff.Segment> inline) {
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "^\\s*(?:[*•#\\-–]\\s*|\\d+\\.\\s+)?((?:Article|Art\\.|Section|Sec\\.|§|Clause)\\s*[IVXLCDM\\d]+[a-z]?)"
                    + "\\s*[:.\\-–—)]?\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final double SIMILAR = 0.5;

    private ClauseAlignment() {
    }

    record Clause(String label, String text, int position) {
    }

    public static List<ClauseDiff> align(String before, String after, boolean ignoreWhitespace,
                                         boolean ignoreDiacritics) {
        List<Clause> a = clauses(before);
        List<Clause> b = clauses(after);
        Clause[] partner = new Clause[a.size()];
        Set<Clause> taken = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < a.size(); i++) {
                if (partner[i] != null) {
                    continue;
                }
                for (Clause candidate : b) {
                    if (!taken.contains(candidate) && matches(pass, a.get(i), candidate)) {
                        partner[i] = candidate;
                        taken.add(candidate);
                        break;
                    }
                }
            }
        }
        List<ClauseDiff> diffs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Clause x = a.get(i);
            Clause y = partner[i];
            if (y == null) {
                diffs.add(new ClauseDiff(Status.REMOVED, x.label(), null, x.position(), null,
                        WordDiff.diff(x.text(), "", ignoreWhitespace, ignoreDiacritics)));
                continue;
            }
            List<WordDiff.Segment> inline = WordDiff.diff(x.text(), y.text(), ignoreWhitespace, ignoreDiacritics);
            boolean sameText = inline.stream().allMatch(s -> s.op() == WordDiff.Op.EQUAL);
            boolean sameLabel = normal(x.label()).equals(normal(y.label()));
            Status status = !sameText ? Status.CHANGED
                    : !sameLabel ? Status.RENUMBERED
                    : x.position() != y.position() ? Status.MOVED : Status.UNCHANGED;
            diffs.add(new ClauseDiff(status, x.label(), y.label(), x.position(), y.position(), inline));
        }
        for (Clause y : b) {
            if (!taken.contains(y)) {
                diffs.add(new ClauseDiff(Status.ADDED, null, y.label(), null, y.position(),
                        WordDiff.diff("", y.text(), ignoreWhitespace, ignoreDiacritics)));
            }
        }
        return diffs;
    }

    private static boolean matches(int pass, Clause x, Clause y) {
        return switch (pass) {
            case 0 -> normal(x.text()).equals(normal(y.text()));
            case 1 -> normal(x.label()).equals(normal(y.label()));
            default -> similarity(x.text(), y.text()) >= SIMILAR;
        };
    }

    static List<Clause> clauses(String transcription) {
        List<Clause> clauses = new ArrayList<>();
        if (transcription == null) {
            return clauses;
        }
        for (String line : transcription.split("\n")) {
            Matcher m = CLAUSE.matcher(line);
            if (m.matches()) {
                clauses.add(new Clause(m.group(1).trim(), m.group(2).trim(), clauses.size()));
            }
        }
        return clauses;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.;:,]$", "").trim();
    }

    private static double similarity(String x, String y) {
        Set<String> a = new HashSet<>(List.of(normal(x).split("\\W+")));
        Set<String> b = new HashSet<>(List.of(normal(y).split("\\W+")));
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }
}
