package org.primarysources.archive.localpostgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.primarysources.archive.localprocess.Folders;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * PostgreSQL's {@code bin}, {@code lib} and {@code share}, unpacked from the Maven Central binaries jar (which holds
 * one {@code postgres-linux-*.txz}) into {@code <install dir>/postgres-<SHA-256 of the .txz>}: once per archive, so
 * a second start reuses them, and a new archive never mixes with an old one. File modes and symbolic links are kept.
 */
final class PostgresBinaries {

    private static final Pattern TXZ_IN_JAR = Pattern.compile("postgres-linux-[^/]*\\.txz");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(\\.\\d+)?");
    private static final String UNPACKED = ".unpacked";
    private static final int HASH_CHARS = 16;

    final Path home;

    PostgresBinaries(Path home) {
        this.home = home;
    }

    Path postgres() {
        return home.resolve("bin").resolve("postgres");
    }

    Path initdb() {
        return home.resolve("bin").resolve("initdb");
    }

    /** The major version, e.g. {@code 17}, as {@code postgres --version} tells it (it may run as root). */
    String majorVersion() throws IOException {
        Process process = new ProcessBuilder(postgres().toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Matcher version = VERSION.matcher(output);
        try {
            if (process.waitFor() != 0 || !version.find()) {
                throw new IOException(postgres() + " --version said: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + postgres() + " for its version", e);
        }
        return version.group(1);
    }

    /** Unpacks the archive into the install dir unless it is there already; safe against a concurrent unpacker. */
    static PostgresBinaries unpack(Path binaries, Path installDir) throws IOException {
        byte[] txz = readTxz(binaries);
        Path home = installDir.resolve("postgres-" + sha256(txz).substring(0, HASH_CHARS));
        if (Files.isRegularFile(home.resolve(UNPACKED))) {
            return new PostgresBinaries(home);
        }
        Files.createDirectories(installDir);
        Path partial = Files.createTempDirectory(installDir, "unpacking-");
        try {
            untar(new XZInputStream(new ByteArrayInputStream(txz)), partial);
            Files.setPosixFilePermissions(partial, permissions(0755));
            Files.writeString(partial.resolve(UNPACKED), binaries + "\n");
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another start unpacked the same archive at the same time: its copy is as good as ours
            }
        } finally {
            Folders.deleteRecursively(partial);
        }
        if (!Files.isRegularFile(home.resolve(UNPACKED))) {
            throw new IOException(home + " exists but was not unpacked completely; delete it and start again");
        }
        return new PostgresBinaries(home);
    }

    /** The .txz itself, or the one {@code postgres-linux-*.txz} inside a jar. */
    static byte[] readTxz(Path binaries) throws IOException {
        if (binaries.getFileName().toString().endsWith(".txz")) {
            return Files.readAllBytes(binaries);
        }
        try (ZipFile jar = new ZipFile(binaries.toFile())) {
            List<? extends ZipEntry> found = jar.stream()
                    .filter(e -> TXZ_IN_JAR.matcher(e.getName()).matches()).toList();
            if (found.size() != 1) {
                throw new IOException(binaries + " should hold one postgres-linux-*.txz, holds " + found.size());
            }
            try (InputStream in = jar.getInputStream(found.get(0))) {
                return in.readAllBytes();
            }
        }
    }

    /**
     * Extracts a tar stream into {@code target} with each entry's mode; symbolic and hard links must stay inside.
     * Folder modes are set last, so a read-only folder can still be filled.
     */
    static void untar(InputStream in, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Map<Path, Integer> folderModes = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path out = inside(root, root.resolve(entry.getName()), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    folderModes.put(out, entry.getMode());
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.deleteIfExists(out);
                if (entry.isSymbolicLink()) {
                    inside(root, out.getParent().resolve(entry.getLinkName()), entry.getName());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(out, inside(root, root.resolve(entry.getLinkName()), entry.getName()));
                } else if (entry.isFile()) {
                    try (OutputStream file = Files.newOutputStream(out)) {
                        tar.transferTo(file);
                    }
                    Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                } else {
                    throw new IOException("unexpected entry (neither file, folder nor link): " + entry.getName());
                }
            }
        }
        List<Path> deepestFirst = new ArrayList<>(folderModes.keySet());
        deepestFirst.sort((a, b) -> b.getNameCount() - a.getNameCount());
        for (Path folder : deepestFirst) {
            Files.setPosixFilePermissions(folder, permissions(folderModes.get(folder)));
        }
    }

    private static Path inside(Path root, Path path, String entry) throws IOException {
        Path normal = path.normalize();
        if (!normal.startsWith(root)) {
            throw new IOException("archive entry escapes the target folder: " + entry);
        }
        return normal;
    }

    /** The permission bits (no setuid, setgid or sticky bit) of a Unix mode. */
    static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
