package org.primarysources.archive.core.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.bagit.ZipBagWriter;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.provenance.ProvenanceDocuments;
import org.primarysources.archive.core.provenance.RecordProvenance;
import org.primarysources.archive.core.provenance.RecordProvenanceReader;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the archive, or one source with its records, as a zipped BagIt bag while it streams to the caller: every
 * source version with its transcription, every record version with its PROV-O, every import with its original
 * file, the log's entries, checkpoints and verifier key. One read transaction, one version in memory at a time.
 */
@ApplicationScoped
@Transactional
public class BagExport {

    private final Sources sources;
    private final Records records;
    private final Imports imports;
    private final RecordProvenanceReader provenance;
    private final ProvenanceDocuments documents;
    private final PublicationLog log;
    private final Checkpoints checkpoints;
    private final PublicAddresses addresses;
    private final Optional<String> organization;
    private final Clock clock;

    @Inject
    BagExport(Sources sources, Records records, Imports imports, RecordProvenanceReader provenance,
              ProvenanceDocuments documents, PublicationLog log, Checkpoints checkpoints, PublicAddresses addresses,
              @ConfigProperty(name = "archive.organization") Optional<String> organization, Clock clock) {
        this.sources = sources;
        this.records = records;
        this.imports = imports;
        this.provenance = provenance;
        this.documents = documents;
        this.log = log;
        this.checkpoints = checkpoints;
        this.addresses = addresses;
        this.organization = organization;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected BagExport() {
        this(null, null, null, null, null, null, null, null, Optional.empty(), null);
    }

    /** The bag's name, its folder in the zip: {@code archive-bag}, or {@code source-12-bag} for one source. */
    public String name(Long sourceId) {
        return sourceId == null ? "archive-bag" : "source-" + sourceId + "-bag";
    }

    /** A 404 when there is no published source {@code sourceId}; call before the answer starts to stream. */
    public void requireSource(Long sourceId) {
        if (sourceId != null) {
            sources.details(sourceId);
        }
    }

    /** Writes the bag to {@code out}: the whole archive, or source {@code sourceId} and its records. */
    public void write(Long sourceId, OutputStream out) throws IOException {
        requireSource(sourceId);
        ZipBagWriter bag = new ZipBagWriter(out, name(sourceId));
        Counts counts = new Counts();
        try {
            sources.readVersions(sourceId, version -> {
                counts.sourceVersions++;
                counts.sources.add(version.sourceId());
                payload(bag, BagLayout.sourceVersion(version.sourceId(), version.number()),
                        BagJson.sourceVersion(version));
                payload(bag, BagLayout.transcription(version.sourceId(), version.number()),
                        version.transcription().getBytes(StandardCharsets.UTF_8));
            });
            records.readVersions(sourceId, version -> {
                counts.recordVersions++;
                counts.records.add(version.recordId());
                payload(bag, BagLayout.recordVersion(version.recordId(), version.number()),
                        BagJson.recordVersion(version));
            });
            URI base = URI.create(addresses.root().toString().replaceAll("/+$", ""));
            for (long id : counts.records) {
                RecordProvenance of = provenance.read(id, base);
                payload(bag, BagLayout.provenance(id, "jsonld"), documents.jsonLd(of).getBytes(StandardCharsets.UTF_8));
                payload(bag, BagLayout.provenance(id, "ttl"), documents.turtle(of).getBytes(StandardCharsets.UTF_8));
            }
            imports.readBatches(sourceId, batch -> {
                counts.imports++;
                String original = batch.original() == null ? null
                        : BagLayout.importOriginal(batch.importId(), batch.fileName());
                if (original != null) {
                    payload(bag, original, batch.original());
                }
                payload(bag, BagLayout.importBatch(batch.importId()),
                        BagJson.importBatch(batch, original == null ? null : BagLayout.DATA + original));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writeLog(bag, sourceId, counts);
        String origin = checkpoints.origin();
        JsonObjectBuilder archive = Json.createObjectBuilder()
                .add("format", BagLayout.FORMAT)
                .add("scope", sourceId == null ? "archive" : "source")
                .add("archive", addresses.root().toString())
                .add("logOrigin", origin)
                .add("logEntries", counts.logEntries)
                .add("sources", counts.sources.size())
                .add("sourceVersions", counts.sourceVersions)
                .add("records", counts.records.size())
                .add("recordVersions", counts.recordVersions)
                .add("imports", counts.imports)
                .add("exportedAt", clock.instant().toString());
        if (sourceId != null) {
            archive.add("source", sourceId);
        }
        payload(bag, BagLayout.ARCHIVE, BagJson.write(archive.build()));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", organization.filter(o -> !o.isBlank()).orElse(addresses.root().toString()));
        info.put("External-Identifier", origin);
        info.put("External-Description", (sourceId == null ? "The whole archive" : "Source " + sourceId
                + " and its records") + ": " + count(counts.sources.size(), "source") + " ("
                + count(counts.sourceVersions, "version") + "), " + count(counts.records.size(), "record") + " ("
                + count(counts.recordVersions, "version") + "), " + count(counts.imports, "import")
                + " with their original files, " + count(counts.logEntries, "transparency log entry", "entries")
                + " with the log's checkpoints, PROV-O for every record.");
        info.put("Bag-Software-Agent", "primarysources archive (" + BagLayout.FORMAT + ")");
        info.put("Bag-Group-Identifier", addresses.root().toString());
        bag.finish(info, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** A number and its noun, singular or plural: "1 source", "64 records". */
    private static String count(long n, String singular, String pluralLastWord) {
        if (n == 1) {
            return n + " " + singular;
        }
        int last = singular.lastIndexOf(' ');
        return n + " " + (last < 0 ? "" : singular.substring(0, last + 1)) + pluralLastWord;
    }

    /** The log's entries (of the bag's items only, for one source), its checkpoints and the key to check them. */
    private void writeLog(ZipBagWriter bag, Long sourceId, Counts counts) throws IOException {
        try (OutputStream entries = bag.payload(BagLayout.LOG_ENTRIES)) {
            log.readLog(row -> {
                LogEntry entry = row.logged().entry();
                boolean ours = sourceId == null
                        || LogEntry.SOURCE.equals(entry.item()) && entry.itemId() == sourceId
                        || LogEntry.RECORD.equals(entry.item()) && counts.records.contains(entry.itemId());
                if (ours) {
                    counts.logEntries++;
                    try {
                        entries.write(entry.bytes());
                        entries.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        StringBuilder notes = new StringBuilder();
        for (StoredCheckpoint checkpoint : checkpoints.all()) {
            if (sourceId == null && checkpoint.size() > counts.logEntries) {
                continue; // signed after the entries were read: the bag's entries do not reach it
            }
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("size", checkpoint.size())
                    .add("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()))
                    .add("createdAt", checkpoint.createdAt().toString())
                    .add("note", checkpoint.note());
            if (checkpoint.timestampToken() != null) {
                json.add("timestampToken", Base64.getEncoder().encodeToString(checkpoint.timestampToken()));
            }
            list.add(json);
            notes.append(checkpoint.note()).append('\n');
        }
        payload(bag, BagLayout.CHECKPOINTS, BagJson.write(list.build()));
        payload(bag, BagLayout.CHECKPOINT_NOTES, notes.toString().getBytes(StandardCharsets.UTF_8));
        payload(bag, BagLayout.VERIFIER_KEY, (checkpoints.verifier().verifierKey() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void payload(ZipBagWriter bag, String path, byte[] content) {
        try {
            bag.payload(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What went into the bag, for its description. */
    private static final class Counts {
        private final Set<Long> sources = new TreeSet<>();
        private final Set<Long> records = new TreeSet<>();
        private long sourceVersions;
        private long recordVersions;
        private long imports;
        private long logEntries;
    }
}
