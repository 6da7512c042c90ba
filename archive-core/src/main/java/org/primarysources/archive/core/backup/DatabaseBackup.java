package org.primarysources.archive.core.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Takes a consistent online backup: one read-only {@code REPEATABLE READ} transaction sees every table as of one
 * moment while the archive keeps writing, and each table is copied out of it with {@code COPY … TO STDOUT}. The
 * file is a zip of {@code tables/<name>.copy} entries and the {@link BackupManifest}, written beside the target
 * and moved into place only when complete.
 * <p>
 * Not the archive's content, so not backed up: the migration history (a restore migrates afresh), the search
 * outbox (work for an index the restored archive builds anew), the database's identity (a restored database is
 * another database and gets its own, so no index of the original is ever written into) and the background import
 * jobs (work in progress of a running server; a finished import is its batch, which is content). Every import's
 * original file ({@code import_original}) is content and goes with its batch.
 */
public final class DatabaseBackup {

    static final String SCHEMA_HISTORY = "flyway_schema_history";
    static final String KEPT_FILES = "files/";
    static final List<String> NOT_CONTENT = List.of(SCHEMA_HISTORY, "outbox", "archive_identity",
            "import_job");

    private DatabaseBackup() {
    }

    public static BackupManifest take(Connection connection, Path file) throws SQLException, IOException {
        return take(connection, file, Map.of());
    }

    /**
     * As above, with files kept outside the database that the archive needs to go on where it stopped (the
     * transparency log's signing key): stored as {@code files/<name>}, given back by
     * {@link DatabaseRestore#keptFiles}.
     */
    public static BackupManifest take(Connection connection, Path file, Map<String, byte[]> keptFiles)
            throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        BackupManifest manifest;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> kept : new java.util.TreeMap<>(keptFiles).entrySet()) {
                zip.putNextEntry(new ZipEntry(KEPT_FILES + kept.getKey()));
                zip.write(kept.getValue());
                zip.closeEntry();
            }
            manifest = take(connection, zip);
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private static BackupManifest take(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            String schemaVersion = schemaVersion(connection); // the first query fixes the snapshot
            List<BackupManifest.Table> tables = new ArrayList<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(connection)) {
                MessageDigest sha256 = sha256();
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                long rows = copy.copyOut("COPY " + quoted(table) + " TO STDOUT",
                        new DigestOutputStream(new KeepOpen(zip), sha256));
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table, rows, HexFormat.of().formatHex(sha256.digest())));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now(), schemaVersion,
                    tables, sequences(connection));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return manifest;
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM " + SCHEMA_HISTORY
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!r.next()) {
                throw new BackupException("the database has no archive schema: nothing to back up");
            }
            return r.getString(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // undefined table
                throw new BackupException("the database has no archive schema: nothing to back up", e);
            }
            throw e;
        }
    }

    /** The tables with the archive's content in the connection's schema, in name order. */
    static List<String> tables(Connection connection) throws SQLException {
        return allTables(connection).stream().filter(t -> !NOT_CONTENT.contains(t)).toList();
    }

    static List<String> allTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                     + " WHERE schemaname = current_schema() AND last_value IS NOT NULL ORDER BY sequencename")) {
            // the outbox's sequence too: its ids only need to grow
            while (r.next()) {
                sequences.add(new BackupManifest.Sequence(r.getString(1), r.getLong(2)));
            }
        }
        return sequences;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stays open when the driver closes what it copied into. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
