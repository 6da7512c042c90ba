package org.primarysources.archive.launcher;

import jakarta.json.JsonObject;
import org.primarysources.archive.core.transparency.Checkpoint;
import org.primarysources.archive.core.transparency.InvalidNoteException;
import org.primarysources.archive.core.transparency.MerkleLog;
import org.primarysources.archive.core.transparency.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Audits the running archive (GET /api/verify, admin): recomputes every hash chain and the "
                + "transparency log's tree, checks every signed checkpoint and re-checks every cited text, and "
                + "prints the report with each broken item.",
                "With --checkpoint, also holds the archive to checkpoints somebody kept: each must carry the "
                        + "archive's signature and be consistent with the archive's latest checkpoint.",
                "Exit code: 0 intact, 2 something is broken, 1 the check could not run."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A signed checkpoint kept from this archive (GET /api/log/checkpoint), or a file of them "
                    + "(the archive's own checkpoints file: one note after another, each ending with a blank line).")
    Path keptFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int audit = server.api().call("GET", "api/verify", null, HttpRequest.BodyPublishers.noBody(), out, err);
        if (keptFile == null || audit == 1) {
            return audit;
        }
        int kept = checkKept(out, err);
        return Math.max(audit, kept);
    }

    private int checkKept(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<String> notes = notes(Files.readString(keptFile, StandardCharsets.UTF_8));
        if (notes.isEmpty()) {
            err.println(keptFile + " holds no signed checkpoint");
            return 1;
        }
        ArchiveApi api = server.api();
        String key = text(api, "api/log/key");
        String latestNote = text(api, "api/log/checkpoint");
        if (key == null || latestNote == null) {
            err.println("the archive does not serve its log's key and latest checkpoint");
            return 1;
        }
        NoteVerifier verifier;
        Checkpoint latest;
        try {
            verifier = NoteVerifier.parse(key.strip());
            latest = Checkpoint.parse(verifier.open(latestNote).text());
        } catch (InvalidNoteException | IllegalArgumentException e) {
            err.println("the archive's own latest checkpoint does not check out: " + e.getMessage());
            return 2;
        }
        boolean allConsistent = true;
        for (String note : notes) {
            allConsistent &= holds(api, verifier, latest, note, out);
        }
        out.println(allConsistent
                ? "The archive's log (" + latest.size() + " entries) holds every kept checkpoint."
                : "The archive's log does NOT hold every kept checkpoint: history before it was rewritten.");
        return allConsistent ? 0 : 2;
    }

    /** One kept checkpoint: signed by the archive's key, and a prefix of the archive's latest tree. */
    private static boolean holds(ArchiveApi api, NoteVerifier verifier, Checkpoint latest, String note,
                                 PrintWriter out) throws IOException, InterruptedException {
        Checkpoint kept;
        try {
            kept = Checkpoint.parse(verifier.open(note).text());
        } catch (InvalidNoteException e) {
            out.println("kept checkpoint: not signed by the archive's key " + verifier.name() + " ("
                    + e.getMessage() + ")");
            return false;
        }
        if (!kept.origin().equals(latest.origin())) {
            out.println("kept checkpoint " + kept.size() + ": of another log, " + kept.origin());
            return false;
        }
        if (kept.size() > latest.size()) {
            out.println("kept checkpoint " + kept.size() + ": the archive's log now has only " + latest.size()
                    + " entries; entries " + latest.size() + " to " + (kept.size() - 1) + " were removed");
            return false;
        }
        List<byte[]> proof = List.of();
        if (kept.size() < latest.size()) {
            HttpResponse<String> answer = api.send("GET", "api/log/consistency?from=" + kept.size() + "&to="
                    + latest.size());
            if (answer.statusCode() != 200) {
                out.println("kept checkpoint " + kept.size() + ": the archive gives no consistency proof ("
                        + ArchiveApi.problem(answer.body()) + ")");
                return false;
            }
            JsonObject json = ArchiveApi.object(answer.body()).orElseThrow();
            proof = json.getJsonArray("proof").getValuesAs(v -> Base64.getDecoder()
                    .decode(((jakarta.json.JsonString) v).getString()));
        }
        if (!MerkleLog.verifyConsistency(kept.size(), latest.size(), kept.rootHash(), latest.rootHash(), proof)) {
            out.println("kept checkpoint " + kept.size() + ": NOT consistent with the archive's log of "
                    + latest.size() + " entries: one of its first " + kept.size() + " entries was rewritten,"
                    + " removed or reordered (the audit above names the first entry it finds rewritten)");
            return false;
        }
        out.println("kept checkpoint " + kept.size() + ": consistent with the archive's log of " + latest.size()
                + " entries");
        return true;
    }

    private static String text(ArchiveApi api, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = api.send("GET", path);
        return answer.statusCode() == 200 ? answer.body() : null;
    }

    /**
     * Splits a file of signed notes: a note is its text, a blank line, and signature lines (each starting with an em
     * dash); the next note starts at the first line after them that is not a signature.
     */
    static List<String> notes(String file) {
        List<String> notes = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean inSignatures = false;
        for (String line : file.split("\n", -1)) {
            boolean signature = line.startsWith("\u2014 ");
            if (inSignatures && !signature) {
                notes.add(note.toString());
                note.setLength(0);
                inSignatures = false;
            }
            if (inSignatures || !line.isEmpty() || note.length() > 0) {
                note.append(line).append('\n');
            }
            if (signature) {
                inSignatures = true;
            }
        }
        if (inSignatures) {
            notes.add(note.toString());
        }
        return notes;
    }
}
