package org.primarysources.archive.core.provenance;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.TransitionSummary;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.importing.ImportSummary;
import org.primarysources.archive.core.record.RecordKind;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Everything the archive knows about how a record came to be: its hash-chained versions, the source versions its
 * current version quotes, the file it was imported from ({@code imported}, null when it was typed in) and the review
 * of its change requests. {@code base} is the archive's public address, under which every exported IRI lives.
 */
public record RecordProvenance(URI base, long recordId, RecordKind kind, String label, List<VersionSummary> versions,
                               List<UsedSourceVersion> quotedFrom, ImportSummary imported,
                               List<TransitionSummary> reviewTransitions) {

    public RecordProvenance {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(kind, "kind");
        if (!base.isAbsolute()) {
            throw new IllegalArgumentException("the base of provenance IRIs must be absolute: " + base);
        }
        versions = List.copyOf(versions);
        quotedFrom = quotedFrom == null ? List.of() : List.copyOf(quotedFrom);
        reviewTransitions = reviewTransitions == null ? List.of() : List.copyOf(reviewTransitions);
        if (imported != null && versions.stream().noneMatch(v -> v.activity() == Activity.IMPORT)) {
            throw new IllegalArgumentException("an imported record needs a version produced by an import");
        }
    }
}
