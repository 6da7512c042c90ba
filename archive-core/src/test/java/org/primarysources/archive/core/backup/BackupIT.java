package org.primarysources.archive.core.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.audit.AuditWiring;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.ImportsWiring;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.RecordPublished;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup of an archive with real content restored into an empty PostgreSQL schema, row for row. */
class BackupIT {

    private static final Actor ARCHIVIST = new Actor("archivist", Set.of(Role.ARCHIVIST));
    private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));

    @TempDir
    Path tmp;

    private final List<RecordPublished> events = new ArrayList<>();

    @Test
    void everyRowAndSequenceComesBackAndTheAuditIsIntact() throws Exception {
        Path file = tmp.resolve("archive.zip");
        try (TestDatabase original = TestDatabase.create(); TestDatabase restored = TestDatabase.empty()) {
            long imported = importAndApprove(original);
            BackupManifest taken;
            try (Connection connection = original.dataSource().getConnection()) {
                taken = DatabaseBackup.take(connection, file);
            }

            BackupManifest read = DatabaseRestore.restore(file, restored.dataSource());

            assertThat(read).isEqualTo(taken);
            assertThat(taken.tables()).extracting(BackupManifest.Table::name)
                    .contains("record", "record_version", "source_version", "change_request", "account",
                            "import_original")
                    .doesNotContain("flyway_schema_history", "outbox", "archive_identity", "import_job");
            assertThat(taken.tables()).filteredOn(t -> t.name().equals("import_original"))
                    .singleElement().satisfies(t -> assertThat(t.rows()).isEqualTo(1));
            assertThat(taken.rows()).isGreaterThan(100);
            for (BackupManifest.Table table : taken.tables()) {
                assertThat(copyOf(restored.dataSource(), table.name())).as(table.name())
                        .isEqualTo(copyOf(original.dataSource(), table.name()));
            }
            assertThat(sequences(restored.dataSource())).isEqualTo(sequences(original.dataSource()));
            assertThat(identity(restored.dataSource())).as("a restored database is another database")
                    .isNotEqualTo(identity(original.dataSource()));
            AuditReport audit = in(restored, s -> AuditWiring.audit(s.em(), s.sources(), s.records()).run());
            assertThat(audit.intact()).as(audit.toString()).isTrue();
            assertThat(audit.recordVersions()).isEqualTo(
                    in(original, s -> AuditWiring.audit(s.em(), s.sources(), s.records()).run()).recordVersions());
            // the sequences carried over: the restored archive goes on where the original stopped
            byte[] article = "A new source\n\nWith a line.".getBytes(StandardCharsets.UTF_8);
            ImportResult next = in(restored, s -> s.imports().importArticle(article, "new.txt", "New", "en",
                    ARCHIVIST));
            assertThat(next.source().id()).isGreaterThan(1);
            // the original file came back byte for byte
            assertThat(in(restored, s -> s.imports().original(imported)).content()).isEqualTo(seed());
        }
    }

    @Test
    void aDamagedTableIsRefusedAndNoRowIsWritten() throws Exception {
        Path file = tmp.resolve("archive.zip");
        Path damaged = tmp.resolve("damaged.zip");
        try (TestDatabase original = TestDatabase.create(); TestDatabase restored = TestDatabase.empty()) {
            importAndApprove(original);
            try (Connection connection = original.dataSource().getConnection()) {
                DatabaseBackup.take(connection, file);
            }
            rewrite(file, damaged, "tables/record_version.copy", text -> text.replaceFirst("Sovereignty",
                    "Suzerainty"));

            assertThatThrownBy(() -> DatabaseRestore.restore(damaged, restored.dataSource()))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("table record_version in the backup is damaged");
            try (Connection c = restored.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM record")) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
    }

    @Test
    void onlyAnEmptyDatabaseIsRestoredInto() throws Exception {
        Path file = tmp.resolve("archive.zip");
        try (TestDatabase original = TestDatabase.create(); TestDatabase other = TestDatabase.create()) {
            try (Connection connection = original.dataSource().getConnection()) {
                DatabaseBackup.take(connection, file);
            }

            assertThatThrownBy(() -> DatabaseRestore.restore(file, other.dataSource()))
                    .isInstanceOf(BackupException.class).hasMessageContaining("already has tables");
        }
    }

    @Test
    void aFileThatIsNoBackupIsNamedSo() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "not a zip");
        Path zip = tmp.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
        }
        try (TestDatabase target = TestDatabase.empty()) {
            assertThatThrownBy(() -> DatabaseRestore.restore(text, target.dataSource()))
                    .isInstanceOf(BackupException.class).hasMessageContaining("not a zip file");
            assertThatThrownBy(() -> DatabaseRestore.restore(zip, target.dataSource()))
                    .isInstanceOf(BackupException.class).hasMessageContaining("archive-backup.json is missing");
        }
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = BackupIT.class.getResourceAsStream("/importing/seed-soviet-lithuanian-treaty.txt")) {
            return in.readAllBytes();
        }
    }

    private long importAndApprove(TestDatabase db) throws IOException {
        byte[] seed = seed();
        ImportResult result = in(db, s -> s.imports().importArticle(seed, "seed.txt", null, "en", ARCHIVIST));
        in(db, s -> s.imports().submit(result.id(), ARCHIVIST));
        in(db, s -> s.imports().approve(result.id(), EDITOR, "checked"));
        return result.id();
    }

    private <T> T in(TestDatabase db, Function<ImportsWiring.Services, T> work) {
        return ImportsWiring.in(db, events, work);
    }

    private static byte[] copyOf(DataSource dataSource, String table) throws SQLException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", (OutputStream) out);
        }
        return out.toByteArray();
    }

    private static Map<String, Long> sequences(DataSource dataSource) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                     + " WHERE schemaname = current_schema() ORDER BY sequencename")) {
            while (r.next()) {
                values.put(r.getString(1), r.getLong(2));
            }
        }
        return values;
    }

    private static String identity(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM archive_identity")) {
            r.next();
            return r.getString(1);
        }
    }

    private static void rewrite(Path from, Path to, String entry, Function<String, String> change)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : in.stream().toList()) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
