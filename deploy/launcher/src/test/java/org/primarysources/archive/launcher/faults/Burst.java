package org.primarysources.archive.launcher.faults;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers working the archive at once, each drafting a quote as {@code archivist}, submitting it and having
 * {@code editor} approve it, over and over; one more imports an article and has it approved. Every answer is
 * noted: what was acknowledged (2xx) must survive any fault; what was refused must have been refused properly
 * (a problem+json, never a 500).
 */
final class Burst implements AutoCloseable {

    enum Stage { DRAFTED, SUBMITTED, APPROVED }

    /** The furthest a change got with a 2xx answer. */
    record Ack(long changeId, String text, Stage stage, Long recordId) {
    }

    private final ArchiveClient client;
    private final long sourceId;
    private final String tag;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Map<Long, Ack> acks = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> refusals = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Improper> improperAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicLong unanswered = new AtomicLong();
    private volatile long importedSource;
    private volatile int importApprovals;
    private final AtomicLong counter = new AtomicLong();

    private Burst(ArchiveClient client, long sourceId, String tag) {
        this.client = client;
        this.sourceId = sourceId;
        this.tag = tag;
    }

    /** Starts {@code writers} quote writers and, when {@code article} is given, one importer. */
    static Burst start(ArchiveClient client, long sourceId, String tag, int writers, Path article) {
        Burst burst = new Burst(client, sourceId, tag);
        for (int i = 0; i < writers; i++) {
            burst.spawn("writer-" + i, burst::writeQuotes);
        }
        if (article != null) {
            burst.spawn("importer", () -> burst.importOnce(article));
        }
        return burst;
    }

    private void spawn(String name, Runnable work) {
        Thread thread = new Thread(work, tag + "-" + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void writeQuotes() {
        while (running.get()) {
            String text = "Fault suite " + tag + " quote " + counter.incrementAndGet() + " krostavel";
            try {
                HttpResponse<String> drafted = client.post("api/changes", "archivist",
                        ArchiveClient.newQuote(text, sourceId));
                if (!acknowledged(drafted)) {
                    continue;
                }
                long id = ArchiveClient.changeId(drafted);
                acks.put(id, new Ack(id, text, Stage.DRAFTED, null));
                if (!acknowledged(client.post("api/changes/" + id + "/submit", "archivist", "{}"))) {
                    continue;
                }
                acks.put(id, new Ack(id, text, Stage.SUBMITTED, null));
                HttpResponse<String> approved = client.post("api/changes/" + id + "/approve", "editor", "{}");
                if (acknowledged(approved)) {
                    JsonObject change = ArchiveClient.json(approved.body()).getJsonObject("change");
                    acks.put(id, new Ack(id, text, Stage.APPROVED, change.getJsonNumber("recordId").longValue()));
                }
            } catch (IOException e) {
                unanswered.incrementAndGet(); // the server was away: no answer, nothing acknowledged
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void importOnce(Path article) {
        try {
            byte[] text = (Files.readString(article) + "\n\nImported again by the fault suite, " + tag + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> imported = client.postText("api/imports?fileName=" + tag + ".txt", "archivist",
                    text);
            if (!acknowledged(imported)) {
                return;
            }
            JsonObject summary = ArchiveClient.json(imported.body());
            long id = summary.getJsonNumber("id").longValue();
            importedSource = summary.getJsonObject("source").getJsonNumber("id").longValue();
            if (acknowledged(client.post("api/imports/" + id + "/submit", "archivist", ""))) {
                HttpResponse<String> approved = client.post("api/imports/" + id + "/approve", "editor", "");
                if (acknowledged(approved)) {
                    importApprovals = ArchiveClient.json(approved.body()).getInt("approved");
                }
            }
        } catch (IOException e) {
            unanswered.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean acknowledged(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return true;
        }
        refusals.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status == 500 || !type.startsWith("application/problem+json")) {
            improperAnswers.add(new Improper(System.nanoTime(), status + " " + type + ": "
                    + abbreviate(response.body())));
        }
        pause();
        return false;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writers and waits for their last request. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    List<Ack> acks() {
        return List.copyOf(acks.values());
    }

    long approvals() {
        return acks.values().stream().filter(a -> a.stage() == Stage.APPROVED).count();
    }

    /** Every 2xx answer to a write: drafts, submissions, approvals, and the import's steps. */
    long acknowledgedRequests() {
        return acks.values().stream().mapToLong(a -> a.stage().ordinal() + 1).sum()
                + (importedSource > 0 ? 1 : 0) + (importApprovals > 0 ? 2 : 0);
    }

    Map<Integer, AtomicLong> refusals() {
        return refusals;
    }

    /** A refusal that was not a problem+json, or a 500, and when it came ({@link System#nanoTime()}). */
    record Improper(long at, String answer) {
    }

    List<String> improperAnswers() {
        return improperAnswersOutside(0, 0);
    }

    /**
     * Improper answers except those between {@code from} and {@code to}: while Payara Micro itself restarts, its
     * own pages answer until the archive is deployed again.
     */
    List<String> improperAnswersOutside(long from, long to) {
        return improperAnswers.stream().filter(i -> i.at() < from || i.at() > to).map(Improper::answer).toList();
    }

    long unanswered() {
        return unanswered.get();
    }

    /** Acknowledged changes that are not (or no longer) as acknowledged: each with what is wrong. */
    List<String> lost(ArchiveClient reader) throws IOException, InterruptedException {
        List<String> lost = new ArrayList<>();
        for (Ack ack : acks.values()) {
            HttpResponse<String> change = reader.get("api/changes/" + ack.changeId(), "editor");
            if (change.statusCode() != 200) {
                lost.add("change " + ack.changeId() + " (" + ack.stage() + "): HTTP " + change.statusCode());
                continue;
            }
            String state = ArchiveClient.json(change.body()).getJsonObject("change").getString("state");
            boolean asAcknowledged = switch (ack.stage()) {
                case DRAFTED -> true;
                case SUBMITTED -> !"DRAFT".equals(state);
                case APPROVED -> "APPROVED".equals(state);
            };
            if (!asAcknowledged) {
                lost.add("change " + ack.changeId() + " acknowledged " + ack.stage() + " but is " + state);
                continue;
            }
            if (ack.stage() == Stage.APPROVED) {
                HttpResponse<String> record = reader.get("api/records/" + ack.recordId(), null);
                if (record.statusCode() != 200 || !record.body().contains(ack.text())) {
                    lost.add("record " + ack.recordId() + " of approved change " + ack.changeId() + ": HTTP "
                            + record.statusCode());
                }
            }
        }
        if (importApprovals > 0) {
            HttpResponse<String> records = reader.get("api/sources/" + importedSource + "/records?size=1", null);
            long published = records.statusCode() == 200
                    ? ArchiveClient.json(records.body()).getJsonNumber("total").longValue() : -1;
            if (published < importApprovals) {
                lost.add("import into source " + importedSource + ": " + importApprovals + " approvals acknowledged,"
                        + " " + published + " records published");
            }
        }
        return lost;
    }
}
