package org.primarysources.archive.launcher;

import org.primarysources.archive.core.backup.BackupManifest;
import org.primarysources.archive.core.backup.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Backs up the archive's database while the archive runs: every table copied out of one"
                + " consistent snapshot through the PostgreSQL JDBC driver, with the schema version, into FILE"
                + " (a zip). Needs nothing installed besides Java.",
                "Restore it with: archive restore FILE --data-dir NEW-DIR. Exit code 0 done, 1 failed."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup; must not exist yet.")
    Path file;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(file)) {
            spec.commandLine().getErr().println(file + " exists already; choose a new file name.");
            return 1;
        }
        long started = System.nanoTime();
        BackupManifest manifest;
        try (Connection connection = database.connect()) {
            manifest = DatabaseBackup.take(connection, file, DataDir.keptFiles(database.dataDir));
        }
        out.printf("Backed up %d rows of %d tables (schema version %s) to %s in %.1f s (%d bytes).%n",
                manifest.rows(), manifest.tables().size(), manifest.schemaVersion(), file,
                (System.nanoTime() - started) / 1e9, Files.size(file));
        return 0;
    }
}
