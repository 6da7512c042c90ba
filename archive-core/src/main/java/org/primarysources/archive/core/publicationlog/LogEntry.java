package org.primarysources.archive.core.publicationlog;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One leaf of the log: a published version of a source or record, as canonical JSON whose UTF-8 bytes are the leaf's
 * data ({@code leaf hash = SHA-256(0x00 ‖ bytes)}). It names the version and carries its chain hash (which covers the
 * content: text, citations, title, retraction) and every field readers are shown that the chain hash does not
 * cover: who wrote and approved it, as what activity, when, and for a record the verification of its citations, for
 * a source the SHA-256 of its transcription. docs/architecture.md lists the members.
 *
 * @param item    {@code source} or {@code record}
 * @param itemId  the source's or record's id
 * @param version the version number, from 1
 * @param text    the canonical JSON
 */
public record LogEntry(String item, long itemId, int version, String text) {

    public static final String SOURCE = "source";
    public static final String RECORD = "record";

    public static LogEntry ofRecord(long id, int version, String chainHash, String verification, Activity activity,
                                    String author, String approver, Instant createdAt) {
        Map<String, Object> members = common(RECORD, id, version, chainHash, activity, author, approver, createdAt);
        members.put("verification", verification);
        return new LogEntry(RECORD, id, version, CanonicalJson.write(members));
    }

    public static LogEntry ofSource(long id, int version, String chainHash, String transcriptionSha256,
                                    Activity activity, String author, String approver, Instant createdAt) {
        Map<String, Object> members = common(SOURCE, id, version, chainHash, activity, author, approver, createdAt);
        members.put("transcriptionSha256", transcriptionSha256);
        return new LogEntry(SOURCE, id, version, CanonicalJson.write(members));
    }

    private static Map<String, Object> common(String item, long id, int version, String chainHash, Activity activity,
                                              String author, String approver, Instant createdAt) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("item", item);
        members.put("id", id);
        members.put("version", version);
        members.put("hash", chainHash);
        members.put("activity", activity);
        members.put("author", author);
        members.put("approver", approver);
        members.put("createdAt", createdAt.truncatedTo(ChronoUnit.MICROS).toString());
        return members;
    }

    /** The leaf's data. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** How a person names it: "record 58 version 2". */
    public String describe() {
        return item + " " + itemId + " version " + version;
    }
}
