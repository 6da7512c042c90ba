package org.primarysources.archive.ui.source;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Where the clauses and quotes taken from a source lie in one version of its transcription.
 * <p>
 * A citation pins the words it cites by code-point offsets into the transcription version it was made against, and
 * by that version's SHA-256. Only a citation made against exactly the text shown is marked in it: offsets into
 * another text would mark the wrong words. Passages may nest (a quote inside a clause); the text is cut wherever a
 * passage begins or ends, and each piece belongs to the innermost passage that covers it.
 */
final class CitedPassages {

    /** Where a record stands with respect to the text shown. */
    enum Placement {
        /** Its cited words are marked in this text. */
        MARKED,
        /** It cites another version of the transcription, whose text differs from this one. */
        OTHER_VERSION,
        /** Its cited words were not found, or not found once, in the text it cites. */
        NOT_FOUND
    }

    /** A run of cited words: {@code start} inclusive, {@code end} exclusive, as char indices into the text. */
    record Passage(RecordDetails record, CitationDetails citation, int start, int end) {

        int length() {
            return end - start;
        }
    }

    /** A piece of the text: cited by {@code passage} (the innermost one; null if uncited) and {@code depth} in all. */
    record Segment(String text, Passage passage, int depth) {
    }

    /** A record taken from the source, with the citation that places it ({@code null} if it cites none here). */
    record Citing(RecordDetails record, CitationDetails citation, Placement placement) {
    }

    private final String text;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Citing> citing = new ArrayList<>();

    private CitedPassages(String text) {
        this.text = text;
    }

    /** The passages of {@code records} in the transcription of this version of {@code source}. */
    static CitedPassages of(SourceDetails source, List<RecordDetails> records) {
        String text = source.transcription() == null ? "" : source.transcription();
        CitedPassages cited = new CitedPassages(text);
        for (RecordDetails record : records) {
            cited.place(source, record);
        }
        cited.passages.sort(Comparator.comparingInt(Passage::start).thenComparing(Passage::end,
                Comparator.reverseOrder()));
        return cited;
    }

    private void place(SourceDetails source, RecordDetails record) {
        List<CitationDetails> ofThisSource = record.citations().stream()
                .filter(citation -> citation.source() == source.id())
                .toList();
        CitationDetails elsewhere = null;
        boolean marked = false;
        for (CitationDetails citation : ofThisSource) {
            if (!source.transcriptionHash().equals(citation.textHash())) {
                elsewhere = elsewhere == null ? citation : elsewhere;
                continue;
            }
            Passage passage = passage(record, citation);
            if (passage != null) {
                passages.add(passage);
                if (!marked) {
                    citing.add(new Citing(record, citation, Placement.MARKED));
                }
                marked = true;
            }
        }
        if (marked) {
            return;
        }
        if (elsewhere != null) {
            citing.add(new Citing(record, elsewhere, Placement.OTHER_VERSION));
        } else {
            citing.add(new Citing(record, ofThisSource.isEmpty() ? null : ofThisSource.get(0), Placement.NOT_FOUND));
        }
    }

    /** The citation's words as char indices, or null if its offsets do not lie in the text. */
    private Passage passage(RecordDetails record, CitationDetails citation) {
        Integer start = citation.start();
        Integer end = citation.end();
        int codePoints = text.codePointCount(0, text.length());
        if (start == null || end == null || start < 0 || end > codePoints || start >= end) {
            return null;
        }
        return new Passage(record, citation, text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** Every marked passage, in the order they begin in the text (an enclosing one before those it encloses). */
    List<Passage> passages() {
        return List.copyOf(passages);
    }

    /** Every record taken from the source, in the order given, with where it stands in the text shown. */
    List<Citing> citing() {
        return List.copyOf(citing);
    }

    /** The whole text, in pieces: uncited runs, and runs of cited words with the innermost passage citing them. */
    List<Segment> segments() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Passage passage : passages) {
            cuts.add(passage.start());
            cuts.add(passage.end());
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                add(segments, from, to);
            }
            from = to;
        }
        return segments;
    }

    private void add(List<Segment> segments, int from, int to) {
        Passage innermost = null;
        int depth = 0;
        for (Passage passage : passages) {
            if (passage.start() <= from && passage.end() >= to) {
                depth++;
                if (innermost == null || passage.length() < innermost.length()) {
                    innermost = passage;
                }
            }
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.passage() == innermost && last.depth() == depth) {
                segments.set(segments.size() - 1, new Segment(last.text() + text.substring(from, to), innermost,
                        depth));
                return;
            }
        }
        segments.add(new Segment(text.substring(from, to), innermost, depth));
    }
}
