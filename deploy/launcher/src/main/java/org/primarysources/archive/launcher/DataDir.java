package org.primarysources.archive.launcher;

import org.primarysources.archive.localpostgres.PostgresSettings;
import org.primarysources.archive.localprocess.CommandPrefix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What lives where in a data folder: {@code postgres/} (the local database server's data), {@code opensearch/}
 * (the local search node), {@code payara/} (made afresh at each start), {@code logs/}, and the marker that the
 * archive has started here before.
 */
final class DataDir {

    private static final String STARTED = "archive.started";

    private DataDir() {
    }

    /** A folder that an earlier archive (embedded H2 database) wrote: this one cannot read it. */
    static Optional<String> fromOlderArchive(Path data) {
        Path h2 = data.resolve("db").resolve("archive.mv.db");
        if (!Files.exists(h2)) {
            return Optional.empty();
        }
        return Optional.of(data + " was written by an earlier version of the archive, which kept its database in"
                + " H2 (" + h2 + "). This version runs on PostgreSQL and does not read H2 files. Either keep"
                + " running the earlier version on this folder, or start this version with a new --data-dir and"
                + " import your source files again (./archive import FILE). This folder is left untouched.");
    }

    static boolean isFirstStart(Path data) {
        // db/: the marker of archives that used an external database before this file existed
        return !Files.exists(data.resolve(STARTED)) && !Files.isDirectory(data.resolve("db"));
    }

    static void markStarted(Path data) throws IOException {
        Files.writeString(data.resolve(STARTED), Instant.now() + "\n");
    }

    static Path logs(Path data) {
        return data.resolve("logs");
    }

    /** The launcher's view of the servers it supervises, shown by the application in /health/ready. */
    static Path supervisionFile(Path data) {
        return logs(data).resolve("supervision.json");
    }

    static final String LOG_KEY = "log.key";
    static final String LOG_CHECKPOINTS = "checkpoints";

    /** The transparency log's signing key and its signed checkpoints, outside the database. */
    static Path transparencyLog(Path data) {
        return data.resolve("transparency-log");
    }

    /**
     * The files outside the database that a backup carries: the transparency log's signing key and the plain file of
     * its checkpoints (without the key, a restored archive could not sign on, nor show that it is the same log).
     */
    static Map<String, byte[]> keptFiles(Path data) throws IOException {
        Map<String, byte[]> kept = new TreeMap<>();
        for (String name : List.of(LOG_KEY, LOG_CHECKPOINTS)) {
            Path file = transparencyLog(data).resolve(name);
            if (Files.isRegularFile(file)) {
                kept.put(name, Files.readAllBytes(file));
            }
        }
        return kept;
    }

    /** Puts the files a backup carried back in place, the key readable by its owner only. */
    static void restoreKeptFiles(Path data, Map<String, byte[]> kept) throws IOException {
        Path folder = transparencyLog(data);
        for (String name : List.of(LOG_KEY, LOG_CHECKPOINTS)) {
            byte[] content = kept.get(name);
            if (content == null) {
                continue;
            }
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.write(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static Path postgresData(Path data) {
        return data.resolve("postgres");
    }

    /** The local PostgreSQL server: data in {@code postgres/}, binaries unpacked under {@code runtime/}. */
    static PostgresSettings postgres(Path binaries, Path data) {
        PostgresSettings settings = PostgresSettings.of(binaries, data.resolve("runtime").resolve("postgres"),
                postgresData(data)).withLog(logs(data).resolve("postgres.log")).withOwnSession(true);
        return deathSignal("INT").map(settings::withDeathSignal).orElse(settings);
    }

    /**
     * The signal a server gets when the launcher dies, even by SIGKILL ({@code setpriv --pdeathsig}); none where
     * {@code setpriv} cannot give one (the next run on the data folder then stops what was left).
     */
    static Optional<String> deathSignal(String signal) {
        return CommandPrefix.deathSignalSupported() ? Optional.of(signal) : Optional.empty();
    }
}
