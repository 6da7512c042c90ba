package org.primarysources.archive.localpostgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresBinariesTest {

    @TempDir
    Path tmp;

    @Test
    void unpacksTheTxzInTheJarOnceKeepingModesAndLinks() throws Exception {
        Path jar = jar(tmp.resolve("binaries.jar"), "postgres-linux-x86_64.txz", txz(
                folder("bin/"), file("bin/postgres", "#!/bin/sh\n", 0755), folder("lib/"),
                file("lib/libpq.so.5.17", "lib", 0644), symlink("lib/libpq.so.5", "libpq.so.5.17")));

        PostgresBinaries first = PostgresBinaries.unpack(jar, tmp.resolve("install"));

        assertThat(first.home.getParent()).isEqualTo(tmp.resolve("install"));
        assertThat(first.home.getFileName().toString()).matches("postgres-[0-9a-f]{16}");
        assertThat(first.postgres()).isExecutable().hasContent("#!/bin/sh");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.postgres())))
                .isEqualTo("rwxr-xr-x");
        Path library = first.home.resolve("lib/libpq.so.5.17");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rw-r--r--");
        Path link = first.home.resolve("lib/libpq.so.5");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("libpq.so.5.17"));
        assertThat(link).hasContent("lib");

        Files.writeString(library, "touched since");
        PostgresBinaries second = PostgresBinaries.unpack(jar, tmp.resolve("install"));

        assertThat(second.home).isEqualTo(first.home);
        assertThat(second.home.resolve("lib/libpq.so.5.17")).as("not unpacked again").hasContent("touched since");
        try (var entries = Files.list(tmp.resolve("install"))) {
            assertThat(entries).as("no half-unpacked folder left").containsExactly(first.home);
        }
    }

    @Test
    void anotherArchiveGetsAFolderOfItsOwnAndATxzMayBeGivenDirectly() throws Exception {
        Path txz = Files.write(tmp.resolve("postgres-linux-x86_64.txz"), txz(file("bin/postgres", "v2", 0755)));
        Path jar = jar(tmp.resolve("binaries.jar"), "postgres-linux-x86_64.txz", txz(file("bin/postgres", "v1", 0755)));

        Path fromTxz = PostgresBinaries.unpack(txz, tmp.resolve("install")).home;
        Path fromJar = PostgresBinaries.unpack(jar, tmp.resolve("install")).home;

        assertThat(fromTxz).isNotEqualTo(fromJar);
        assertThat(fromTxz.resolve("bin/postgres")).hasContent("v2");
    }

    @Test
    void entriesAndLinksThatLeaveTheFolderAreRefused() throws Exception {
        Path escaping = Files.write(tmp.resolve("escaping.txz"), txz(file("../evil", "x", 0644)));
        Path linkingOut = Files.write(tmp.resolve("linking.txz"), txz(symlink("lib/passwd", "../../../etc/passwd")));

        assertThatThrownBy(() -> PostgresBinaries.unpack(escaping, tmp.resolve("install")))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes");
        assertThatThrownBy(() -> PostgresBinaries.unpack(linkingOut, tmp.resolve("install")))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes");
        assertThat(tmp.resolve("evil")).doesNotExist();
        try (var entries = Files.list(tmp.resolve("install"))) {
            assertThat(entries).as("nothing half-unpacked left").isEmpty();
        }
    }

    @Test
    void aJarWithoutExactlyOneServerArchiveIsRefused() throws Exception {
        Path jar = jar(tmp.resolve("other.jar"), "README.txt", "no server".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PostgresBinaries.unpack(jar, tmp.resolve("install")))
                .hasMessageContaining("should hold one postgres-linux-*.txz, holds 0");
    }

    private interface Entry {
        void writeTo(TarArchiveOutputStream tar) throws IOException;
    }

    private static Entry folder(String name) {
        return tar -> {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setMode(040755);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        };
    }

    private static Entry file(String name, String content, int mode) {
        return tar -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setMode(0100000 | mode);
            entry.setSize(bytes.length);
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        };
    }

    private static Entry symlink(String name, String target) {
        return tar -> {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK, true);
            entry.setLinkName(target);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        };
    }

    private static byte[] txz(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options());
             TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
            for (Entry entry : entries) {
                entry.writeTo(tar);
            }
        }
        return bytes.toByteArray();
    }

    private static Path jar(Path jar, String name, byte[] content) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return jar;
    }
}
