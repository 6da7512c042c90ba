package org.primarysources.archive.core.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.bagit.BagException;
import org.primarysources.archive.core.bagit.BagFiles;
import org.primarysources.archive.core.bagit.BagVerifier;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.importing.ImportCopy;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.record.RecordVersionCopy;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceVersionCopy;
import org.primarysources.archive.core.source.Sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Takes a bag another archive wrote into this one, which must be empty, in one transaction: nothing is written
 * unless all of it is. First the bag is verified as a bag (every manifest line's SHA-512, Payload-Oxum, no payload
 * file outside the manifest); then the log's entries are followed in their order, each version taken in under its
 * own ids with its hash recomputed ({@code HashChain}) and its entry re-appended and compared with the bag's, so the
 * log's tree is the same; then the imports with their originals. Publishing announces each version, so the search
 * index is filled through the outbox. A refusal names the bag's file at fault.
 */
@ApplicationScoped
@Transactional
public class BagImport {

    private static final int FLUSH_EVERY = 200;

    private final EntityManager em;
    private final Sources sources;
    private final Records records;
    private final Imports imports;
    private final PublicationLog log;

    @Inject
    BagImport(EntityManager em, Sources sources, Records records, Imports imports, PublicationLog log) {
        this.em = em;
        this.sources = sources;
        this.records = records;
        this.imports = imports;
        this.log = log;
    }

    /** Only for the CDI client proxy. */
    protected BagImport() {
        this(null, null, null, null, null);
    }

    /** Takes in the zipped bag {@code zip}: 400 naming the file of a damaged bag, 409 unless the archive is empty. */
    public ImportedBag take(Path zip) {
        try (ZipFile file = open(zip); BagFiles bag = BagFiles.of(file)) {
            BagVerifier.verify(bag);
            return take(bag);
        } catch (BagException damaged) {
            throw new InvalidInputException(damaged.file(), "the bag is refused: " + damaged.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("bag", "the bag could not be read: " + e.getMessage());
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notZip) {
            throw new InvalidInputException("bag", "the upload is not a zip file");
        }
    }

    private ImportedBag take(BagFiles bag) throws IOException {
        JsonObject archive = json(bag, BagLayout.ARCHIVE);
        if (!BagLayout.FORMAT.equals(archive.getString("format", null))) {
            throw refused(BagLayout.ARCHIVE, "this is no bag of this archive's format " + BagLayout.FORMAT);
        }
        requireEmpty();
        Set<String> versions = new TreeSet<>();
        bag.paths().stream().filter(BagLayout::isVersion).forEach(versions::add);
        Set<Long> sourceIds = new HashSet<>();
        Set<Long> recordIds = new HashSet<>();
        int sourceVersions = 0;
        int recordVersions = 0;
        long line = 0;
        String entries = BagLayout.DATA + BagLayout.LOG_ENTRIES;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(bag.open(entries),
                StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                JsonObject entry = entry(entries, line, text);
                String item = entry.getString("item");
                long id = entry.getJsonNumber("id").longValue();
                int number = entry.getJsonNumber("version").intValue();
                String path = BagLayout.DATA + BagLayout.version(item, id, number);
                if (!versions.remove(path)) {
                    throw refused(entries, "line " + line + " names " + item + " " + id + " version " + number
                            + ", which the bag does not hold (" + path + ")");
                }
                LogEntry appended = LogEntry.RECORD.equals(item) ? restoreRecord(bag, path)
                        : restoreSource(bag, path);
                if (!appended.text().equals(text)) {
                    throw refused(path, "the version does not make the log's entry at line " + line + " of "
                            + entries + " (" + appended.text() + ")");
                }
                if (LogEntry.RECORD.equals(item)) {
                    recordIds.add(id);
                    recordVersions++;
                } else {
                    sourceIds.add(id);
                    sourceVersions++;
                }
                if (line % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
        }
        if (!versions.isEmpty()) {
            throw refused(versions.iterator().next(), "a version the log's entries do not name");
        }
        int batches = restoreImports(bag);
        sources.moveIdsPastRestored();
        records.moveIdsPastRestored();
        imports.moveIdsPastRestored();
        em.flush();
        byte[] root = line == 0 ? new byte[0] : log.rootHash(line);
        int matched = "archive".equals(archive.getString("scope", null)) ? checkpointsMatch(bag, line) : 0;
        return new ImportedBag(sourceIds.size(), sourceVersions, recordIds.size(), recordVersions, batches, line,
                Base64.getEncoder().encodeToString(root), matched);
    }

    /** A 409 naming what the archive holds: a bag goes into an empty archive only. */
    private void requireEmpty() {
        List<String> held = new ArrayList<>();
        if (!sources.isEmpty()) {
            held.add("sources");
        }
        if (!records.isEmpty()) {
            held.add("records");
        }
        if (imports.count() > 0) {
            held.add("imports");
        }
        if (log.size() > 0) {
            held.add(log.size() + " log entries");
        }
        if (!held.isEmpty()) {
            throw new ConflictException("a bag is taken into an empty archive only; this one holds "
                    + String.join(", ", held) + "; nothing was changed");
        }
    }

    private LogEntry restoreRecord(BagFiles bag, String path) throws IOException {
        String json = bag.text(path);
        try {
            RecordVersionCopy copy = BagJson.readRecordVersion(json);
            return records.restore(copy);
        } catch (BagFileException | DomainException problem) {
            throw refused(path, problem.getMessage());
        }
    }

    private LogEntry restoreSource(BagFiles bag, String path) throws IOException {
        String json = bag.text(path);
        String transcription;
        try {
            transcription = bag.text(BagLayout.DATA + BagJson.text(BagJson.object(json), "transcription"));
        } catch (BagFileException | BagException problem) {
            throw refused(path, "its transcription file: " + problem.getMessage());
        }
        try {
            SourceVersionCopy copy = BagJson.readSourceVersion(json, transcription);
            return sources.restore(copy);
        } catch (BagFileException | DomainException problem) {
            throw refused(path, problem.getMessage());
        }
    }

    private int restoreImports(BagFiles bag) throws IOException {
        int count = 0;
        for (String path : bag.paths()) {
            if (BagLayout.importOf(path).isEmpty()) {
                continue;
            }
            try {
                JsonObject batch = BagJson.object(bag.text(path));
                byte[] original = batch.containsKey("original")
                        ? bag.bytes(BagJson.text(batch, "original")) : null;
                ImportCopy copy = BagJson.readImportBatch(batch, original);
                imports.restore(copy);
                count++;
            } catch (BagFileException | BagException | DomainException problem) {
                throw refused(path, problem.getMessage());
            }
        }
        return count;
    }

    /**
     * Every checkpoint the bag's archive signed of a size this log has reached must have the root this log has now:
     * the tree is the same. Returns how many were compared.
     */
    private int checkpointsMatch(BagFiles bag, long size) throws IOException {
        String path = BagLayout.DATA + BagLayout.CHECKPOINTS;
        JsonValue list = BagJson.parse(bag.text(path));
        if (!(list instanceof JsonArray checkpoints)) {
            throw refused(path, "not a JSON array of checkpoints");
        }
        int matched = 0;
        for (JsonValue value : checkpoints) {
            JsonObject checkpoint = value.asJsonObject();
            long treeSize = checkpoint.getJsonNumber("size").longValue();
            if (treeSize > size) {
                throw refused(path, "a checkpoint of " + treeSize + " entries; the bag's log has " + size);
            }
            byte[] root = Base64.getDecoder().decode(checkpoint.getString("rootHash"));
            if (!Arrays.equals(root, log.rootHash(treeSize))) {
                throw refused(path, "the checkpoint of " + treeSize + " entries has another root than the tree"
                        + " of the bag's entries");
            }
            matched++;
        }
        return matched;
    }

    private static JsonObject entry(String file, long line, String text) {
        try {
            JsonObject entry = BagJson.object(text);
            entry.getString("item");
            entry.getJsonNumber("id").longValue();
            entry.getJsonNumber("version").intValue();
            if (!LogEntry.RECORD.equals(entry.getString("item")) && !LogEntry.SOURCE.equals(entry.getString("item"))) {
                throw refused(file, "line " + line + " is neither a source's nor a record's entry");
            }
            return entry;
        } catch (BagFileException | NullPointerException | ClassCastException malformed) {
            throw refused(file, "line " + line + " is not a log entry");
        }
    }

    private static JsonObject json(BagFiles bag, String file) throws IOException {
        String path = BagLayout.DATA + file;
        if (!bag.has(path)) {
            throw refused(path, "missing: the bag was not written by an archive of this kind");
        }
        try {
            return BagJson.object(bag.text(path));
        } catch (BagFileException problem) {
            throw refused(path, problem.getMessage());
        }
    }

    private static InvalidInputException refused(String file, String problem) {
        return new InvalidInputException(file, file + ": " + problem);
    }
}
