package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process we started, and whatever it started: SIGTERM, a grace period, then SIGKILL. */
public final class ProcessTree {

    private static final Duration DESCENDANT_GRACE = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /** @return true if the process and all its descendants are gone */
    public static boolean stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList(); // before they are orphaned
        terminate(process, grace);
        descendants.forEach(ProcessHandle::destroy);
        descendants.forEach(d -> terminate(d, DESCENDANT_GRACE));
        return !process.isAlive() && descendants.stream().noneMatch(ProcessHandle::isAlive);
    }

    /**
     * Stops what a pid file names if that process is still alive and its command line contains {@code marker}
     * (a pid may have been reused by an unrelated process), then deletes the file. For leftovers of a run that
     * was killed too hard to clean up after itself.
     *
     * @return the process that was stopped, if any
     */
    public static Optional<ProcessHandle> stopLeftover(Path pidFile, String marker, Duration grace) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> leftover;
        try {
            leftover = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains(marker));
        } catch (NumberFormatException e) {
            leftover = Optional.empty();
        }
        leftover.ifPresent(p -> stop(p, grace));
        Files.deleteIfExists(pidFile);
        return leftover;
    }

    private static void terminate(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, DESCENDANT_GRACE);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
