package org.primarysources.archive.core.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.primarysources.archive.core.platform.Migrations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * Restores a {@link DatabaseBackup} into an empty database: migrates it to the backup's schema version, copies
 * every table back in one transaction (foreign keys checked by the data's own consistency, not row by row),
 * checks each table's rows against the manifest's count and SHA-256, sets the sequences, and then migrates to the
 * newest schema this archive knows. The rows go in in one transaction: when anything does not match, none do
 * (the launcher then removes the half-made database altogether).
 */
public final class DatabaseRestore {

    private DatabaseRestore() {
    }

    public static BackupManifest restore(Path file, DataSource target) throws SQLException, IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip);
            try (Connection connection = target.getConnection()) {
                requireEmpty(connection);
            }
            Migrations.migrate(target, manifest.schemaVersion());
            try (Connection connection = target.getConnection()) {
                copyIn(zip, manifest, connection);
            }
            Migrations.migrate(target, null);
            return manifest;
        }
    }

    /** The files kept beside the database in a backup ({@link DatabaseBackup#take(Connection, Path, Map)}). */
    public static Map<String, byte[]> keptFiles(Path file) throws IOException {
        Map<String, byte[]> kept = new java.util.TreeMap<>();
        try (ZipFile zip = open(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith(DatabaseBackup.KEPT_FILES) && !entry.isDirectory()
                        && !name.substring(DatabaseBackup.KEPT_FILES.length()).contains("/")
                        && !name.contains("..")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        kept.put(name.substring(DatabaseBackup.KEPT_FILES.length()), in.readAllBytes());
                    }
                }
            }
        }
        return kept;
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupException(file + " is not an archive backup (not a zip file)", e);
        }
    }

    static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException("not an archive backup, or an incomplete one: " + BackupManifest.ENTRY
                    + " is missing");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        if (!DatabaseBackup.allTables(connection).isEmpty()) {
            throw new BackupException("the target database already has tables; restore only into an empty one");
        }
    }

    private static void copyIn(ZipFile zip, BackupManifest manifest, Connection connection)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            Set<String> migrated = new HashSet<>(DatabaseBackup.tables(connection));
            Set<String> backedUp = manifest.tables().stream().map(BackupManifest.Table::name)
                    .collect(Collectors.toSet());
            if (!migrated.equals(backedUp)) {
                throw new BackupException("the backup's tables " + backedUp + " differ from schema version "
                        + manifest.schemaVersion() + "'s " + migrated);
            }
            try (Statement s = connection.createStatement()) {
                // rows that migrations seeded are in the backup too; foreign keys hold for the snapshot as a whole
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("TRUNCATE " + manifest.tables().stream().map(t -> DatabaseBackup.quoted(t.name()))
                        .collect(Collectors.joining(", ")));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                copyIn(zip, table, copy);
            }
            setSequences(manifest.sequences(), connection);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void copyIn(ZipFile zip, BackupManifest.Table table, CopyManager copy)
            throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new BackupException("the backup lacks " + table.entry());
        }
        MessageDigest sha256 = DatabaseBackup.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
            rows = copy.copyIn("COPY " + DatabaseBackup.quoted(table.name()) + " FROM STDIN", in);
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        if (rows != table.rows() || !digest.equals(table.sha256())) {
            throw new BackupException("table " + table.name() + " in the backup is damaged: " + rows + " rows with"
                    + " SHA-256 " + digest + ", the manifest says " + table.rows() + " rows with " + table.sha256());
        }
    }

    private static void setSequences(List<BackupManifest.Sequence> sequences, Connection connection)
            throws SQLException {
        try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?)")) {
            for (BackupManifest.Sequence sequence : sequences) {
                setval.setString(1, DatabaseBackup.quoted(sequence.name()));
                setval.setLong(2, sequence.value());
                try (ResultSet ignored = setval.executeQuery()) {
                    // setval answers the value it set
                }
            }
        }
    }
}
