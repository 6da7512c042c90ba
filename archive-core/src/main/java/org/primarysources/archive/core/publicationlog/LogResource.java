package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's transparency log, readable by anyone: signed checkpoints and the key to check them, the entries, and
 * the proofs (RFC 9162 §2.1.3, §2.1.4) that a version is in the log and that the log only ever grew. Hashes are
 * base64, as in the checkpoints; docs/architecture.md says how to check them.
 */
@Path("log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transparency log")
public class LogResource {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final PublicationLog log;
    private final Checkpoints checkpoints;

    @Inject
    LogResource(PublicationLog log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /** Only for the CDI client proxy. */
    protected LogResource() {
        this(null, null);
    }

    @GET
    @Path("checkpoint")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest signed checkpoint: a C2SP signed-note of a tlog-checkpoint")
    public String checkpoint() {
        return checkpoints.latest().map(StoredCheckpoint::note)
                .orElseThrow(() -> new NotFoundException("the log has no checkpoint yet"));
    }

    @GET
    @Path("checkpoints")
    @Operation(summary = "Signed checkpoints, newest first")
    public List<Map<String, Object>> history(@QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("20") int size) {
        return checkpoints.page(page, size).stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("size", c.size());
            json.put("rootHash", BASE64.encodeToString(c.rootHash()));
            json.put("createdAt", c.createdAt().toString());
            json.put("note", c.note());
            if (c.timestampToken() != null) {
                json.put("timestampToken", BASE64.encodeToString(c.timestampToken()));
            }
            return json;
        }).toList();
    }

    @GET
    @Path("key")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The verifier key of the log's signatures (C2SP signed-note form)")
    public String key() {
        return checkpoints.verifier().verifierKey();
    }

    @GET
    @Path("entries")
    @Operation(summary = "Entries from start (inclusive) to end (exclusive), at most 1,000; each entry's leaf data"
            + " is the UTF-8 bytes of its text")
    public Map<String, Object> entries(@QueryParam("start") @DefaultValue("0") long start,
                                       @QueryParam("end") Long end) {
        long to = end == null ? Math.min(log.size(), start + PublicationLog.MAX_ENTRIES) : end;
        List<Map<String, Object>> items = log.entries(start, to).stream().map(LogResource::entry).toList();
        return Map.of("start", start, "end", to, "entries", items);
    }

    @GET
    @Path("inclusion")
    @Operation(summary = "The proof that a published version is in the tree of the given size (RFC 9162 §2.1.3)")
    public Map<String, Object> inclusion(@QueryParam("item") String item, @QueryParam("id") Long id,
                                         @QueryParam("version") Integer version, @QueryParam("size") Long size) {
        if (!LogEntry.SOURCE.equals(item) && !LogEntry.RECORD.equals(item)) {
            throw new InvalidInputException("item", "the log holds 'source' and 'record' versions");
        }
        if (id == null || version == null) {
            throw new InvalidInputException(id == null ? "id" : "version", "name the version: item, id and version");
        }
        long treeSize = size != null ? size : checkpoints.latest().map(StoredCheckpoint::size).orElse(log.size());
        InclusionProof proof = log.inclusionProof(item, id, version, treeSize);
        Map<String, Object> json = entry(proof.entry());
        json.put("treeSize", proof.treeSize());
        json.put("rootHash", BASE64.encodeToString(proof.rootHash()));
        json.put("proof", base64(proof.path()));
        return json;
    }

    @GET
    @Path("consistency")
    @Operation(summary = "The proof that the tree of size 'from' is a prefix of the tree of size 'to'"
            + " (RFC 9162 §2.1.4)")
    public Map<String, Object> consistency(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "give both tree sizes, from and to");
        }
        ConsistencyProof proof = log.consistencyProof(from, to);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", proof.oldSize());
        json.put("to", proof.newSize());
        json.put("fromRootHash", BASE64.encodeToString(proof.oldRoot()));
        json.put("toRootHash", BASE64.encodeToString(proof.newRoot()));
        json.put("proof", base64(proof.path()));
        return json;
    }

    private static Map<String, Object> entry(LoggedEntry logged) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("position", logged.position());
        json.put("item", logged.entry().item());
        json.put("id", logged.entry().itemId());
        json.put("version", logged.entry().version());
        json.put("text", logged.entry().text());
        return json;
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(BASE64::encodeToString).toList();
    }
}
