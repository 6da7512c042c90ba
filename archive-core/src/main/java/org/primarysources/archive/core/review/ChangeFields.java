package org.primarysources.archive.core.review;

import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordDrafts;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.SourceContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What an editor reads before approving: each field before and after, with a word-level inline diff. */
final class ChangeFields {

    private ChangeFields() {
    }

    static List<FieldDiff> diffRecord(RecordDetails before, RecordContent after, boolean ignoreWhitespace,
                                      boolean ignoreDiacritics) {
        Map<String, String> a = before == null ? Map.of() : fields(RecordDrafts.contentOf(before));
        Map<String, String> b = after == null ? Map.of() : fields(after);
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : List.of("kind", "label", "ordinal", "text", "language", "translations", "speakerId",
                "date", "occasion", "attribution", "name", "alternativeNames", "entityType", "citations")) {
            String x = a.get(field);
            String y = b.get(field);
            if (x == null && y == null) {
                continue;
            }
            diffs.add(new FieldDiff(field, x, y, WordDiff.diff(x, y, ignoreWhitespace, ignoreDiacritics)));
        }
        return diffs;
    }

    /** The fields where the published record moved on since {@code base}: base, current and proposed side by side. */
    static List<ChangeDiff.ThreeWay> threeWay(RecordDetails base, RecordDetails current, RecordContent proposed) {
        Map<String, String> b = fields(RecordDrafts.contentOf(base));
        Map<String, String> c = fields(RecordDrafts.contentOf(current));
        Map<String, String> p = fields(proposed);
        List<ChangeDiff.ThreeWay> rows = new ArrayList<>();
        for (String field : b.keySet()) {
            if (!Objects.equals(b.get(field), c.get(field))) {
                rows.add(new ChangeDiff.ThreeWay(field, b.get(field), c.get(field), p.get(field)));
            }
        }
        return rows;
    }

    static List<FieldDiff> diffSource(String beforeTranscription, SourceContent after, boolean ignoreWhitespace,
                                      boolean ignoreDiacritics) {
        return List.of(
                new FieldDiff("title", null, after.title(), WordDiff.diff("", after.title(), false, false)),
                new FieldDiff("transcription", beforeTranscription, after.transcription(),
                        WordDiff.diff(beforeTranscription, after.transcription(), ignoreWhitespace, ignoreDiacritics)));
    }

    private static Map<String, String> fields(RecordContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        RecordDrafts.fields(c).forEach((field, value) -> f.put(field, shown(value)));
        f.remove("sourceId");
        f.put("citations", c.citations().isEmpty() ? null : c.citations().stream()
                .map(x -> citation(x.label(), x.locator(), x.exact())).collect(Collectors.joining("\n")));
        return f;
    }

    /** A field's value as an editor reads it in a diff: lists joined, absent or empty as null. */
    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            return list.get(0) instanceof Translation
                    ? translations(list.stream().map(Translation.class::cast).toList())
                    : list.stream().map(Object::toString).collect(Collectors.joining("; "));
        }
        return value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
    }

    private static String translations(List<Translation> translations) {
        return translations.isEmpty() ? null : translations.stream()
                .map(t -> Objects.toString(t.language(), "?") + ": " + t.text()).collect(Collectors.joining("\n"));
    }

    private static String citation(String label, String locator, String exact) {
        return (label == null ? "" : label + " ") + (locator == null ? "" : locator + ": ") + exact;
    }
}
