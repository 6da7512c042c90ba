package org.primarysources.archive.core.harvesting;

import org.primarysources.archive.core.record.RecordKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of the archive a harvester may ask for alone: the items of one kind ({@code kind:clause},
 * {@code kind:quote}, {@code kind:entity}, {@code kind:source}) or one source with its records
 * ({@code source:<id>}); {@code kind} and {@code source} are the parents of these and hold everything.
 * {@code recordKind} null and {@code sourcesOnly} false with {@code sourceId} null is the whole archive.
 */
public record HarvestSet(String spec, RecordKind recordKind, boolean sourcesOnly, Long sourceId) {

    private static final Pattern SOURCE = Pattern.compile("source:([1-9][0-9]{0,18})");

    /** The set of this spec, if the archive has such a set (a source set is one whether or not the source exists). */
    public static Optional<HarvestSet> parse(String spec) {
        if ("kind".equals(spec) || "source".equals(spec)) {
            return Optional.of(new HarvestSet(spec, null, false, null));
        }
        if ("kind:source".equals(spec)) {
            return Optional.of(new HarvestSet(spec, null, true, null));
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.isRecord() && spec.equals(kindSpec(kind))) {
                return Optional.of(new HarvestSet(spec, kind, false, null));
            }
        }
        Matcher source = SOURCE.matcher(spec);
        if (source.matches()) {
            try {
                return Optional.of(new HarvestSet(spec, null, false, Long.parseLong(source.group(1))));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The spec of a record kind's set: {@code kind:clause}. */
    public static String kindSpec(RecordKind kind) {
        return "kind:" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The spec of a source's set: {@code source:3}. */
    public static String sourceSpec(long sourceId) {
        return "source:" + sourceId;
    }

    boolean includesRecords() {
        return !sourcesOnly;
    }

    boolean includesSources() {
        return recordKind == null;
    }
}
