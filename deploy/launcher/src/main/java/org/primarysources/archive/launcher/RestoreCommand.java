package org.primarysources.archive.launcher;

import org.postgresql.ds.PGSimpleDataSource;
import org.primarysources.archive.core.backup.BackupManifest;
import org.primarysources.archive.core.backup.DatabaseRestore;
import org.primarysources.archive.localpostgres.LocalPostgres;
import org.primarysources.archive.localprocess.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup made by 'archive backup' into a new data folder: starts a local"
                + " PostgreSQL there, migrates it to the backup's schema version, copies every table back (each"
                + " checked against the backup's row count and SHA-256), then stops it.",
                "Start the restored archive with: archive run --data-dir DIR (its search index is built then)."})
final class RestoreCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Flyway tells every step at INFO; the command says in one line what it did. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup made by 'archive backup'.")
    Path file;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "A new or empty folder for the restored archive.")
    Path dataDir;

    @Option(names = "--runtime-dir", hidden = true, description = "Folder with postgres-binaries.jar.")
    Path runtimeDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println("No backup file " + file);
            return 1;
        }
        if (Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    err.println(data + " is not empty; restore into a new folder.");
                    return 1;
                }
            }
        }
        RuntimeFiles runtime = RuntimeFiles.locate(runtimeDir, false, true);
        FLYWAY.setLevel(Level.WARNING);
        Files.createDirectories(DataDir.logs(data));
        long started = System.nanoTime();
        BackupManifest manifest;
        try (LocalPostgres postgres = LocalPostgres.start(DataDir.postgres(runtime.postgresBinaries(), data))) {
            postgres.awaitReady(START_TIMEOUT);
            postgres.ensureDatabase(RunCommand.DATABASE);
            PGSimpleDataSource target = new PGSimpleDataSource();
            target.setUrl(postgres.jdbcUrl(RunCommand.DATABASE));
            target.setUser("postgres");
            manifest = DatabaseRestore.restore(file, target);
        } catch (IOException | RuntimeException | SQLException e) {
            Folders.deleteRecursively(data.resolve("postgres")); // nothing half-restored is left behind
            throw e;
        }
        DataDir.restoreKeptFiles(data, DatabaseRestore.keptFiles(file));
        DataDir.markStarted(data);
        out.printf("Restored %d rows of %d tables (schema version %s, backup taken %s) into %s in %.1f s.%n",
                manifest.rows(), manifest.tables().size(), manifest.schemaVersion(), manifest.takenAt(), data,
                (System.nanoTime() - started) / 1e9);
        out.println("Start it with: archive run --data-dir " + data + " (the search index is built at that start).");
        return 0;
    }

}
