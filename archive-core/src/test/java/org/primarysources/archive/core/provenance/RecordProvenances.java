package org.primarysources.archive.core.provenance;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.TransitionSummary;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.importing.ImportSummary;
import org.primarysources.archive.core.record.RecordKind;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: a record's provenance, built one version at a time. */
final class RecordProvenances {

    static final URI BASE = URI.create("https://archive.example.org/");
    static final String RECORD = "https://archive.example.org/api/records/42";

    private long recordId = 42;
    private String label = "Quote on the constitution";
    private final List<VersionSummary> versions = new ArrayList<>();
    private final List<UsedSourceVersion> quotedFrom = new ArrayList<>();
    private final List<TransitionSummary> transitions = new ArrayList<>();
    private ImportSummary imported;

    private RecordProvenances() {
    }

    static RecordProvenances aRecordProvenance() {
        return new RecordProvenances();
    }

    /**
     * The usual life of a quote: imported from a file by an archivist, edited through change 7, then retracted
     * through change 9; its current version quotes version 3 of source 5.
     */
    static RecordProvenances anImportedEditedAndRetractedQuote() {
        return aRecordProvenance()
                .importedFrom(new ImportSummary(11, "speeches-1936.csv", "f".repeat(64), "importer 1.4.0", "amira",
                        Instant.parse("2024-03-01T09:00:00Z"), "text/csv"))
                .version(1, Activity.IMPORT, "amira", "boris", Instant.parse("2024-03-01T10:00:00Z"), null)
                .version(2, Activity.EDIT, "chen", "boris", Instant.parse("2024-04-02T12:30:00Z"), 7L)
                .version(3, Activity.RETRACTION, "chen", "dana", Instant.parse("2024-05-03T08:15:00Z"), 9L)
                .quoting(new UsedSourceVersion(5, 3, "Constitution of the USSR (1936)", "a".repeat(64)));
    }

    RecordProvenances labelled(String label) {
        this.label = label;
        return this;
    }

    RecordProvenances version(int number, Activity activity, String author, String approver, Instant at,
                              Long changeId) {
        String previousHash = versions.isEmpty() ? null : versions.get(versions.size() - 1).hash();
        versions.add(new VersionSummary(number, hash(number), previousHash, author, approver, at, activity, changeId));
        return this;
    }

    RecordProvenances quoting(UsedSourceVersion source) {
        quotedFrom.add(source);
        return this;
    }

    RecordProvenances importedFrom(ImportSummary file) {
        this.imported = file;
        return this;
    }

    RecordProvenances transition(long changeId, String from, String to, String actor, Instant at, String comment) {
        transitions.add(new TransitionSummary(changeId, from, to, actor, at, comment));
        return this;
    }

    RecordProvenance build() {
        return new RecordProvenance(BASE, recordId, RecordKind.QUOTE, label, versions, quotedFrom, imported,
                transitions);
    }

    static String hash(int version) {
        return String.valueOf(version).repeat(64);
    }
}
