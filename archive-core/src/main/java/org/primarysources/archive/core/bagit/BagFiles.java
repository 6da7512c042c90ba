package org.primarysources.archive.core.bagit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The files of a bag, by their path relative to the bag's root: a folder, or a zip whose entries sit at its top or
 * under one folder. Reading a file streams it; nothing is held in memory but the names.
 */
public abstract class BagFiles implements Closeable {

    private BagFiles() {
    }

    /** Every file's path, sorted. */
    public abstract SortedSet<String> paths();

    /** Opens one file; a {@link BagException} when the bag has none at that path. */
    public abstract InputStream open(String path) throws IOException;

    /** Whether the bag has this file. */
    public boolean has(String path) {
        return paths().contains(path);
    }

    /** A small file's text (tag files, JSON metadata), UTF-8. */
    public String text(String path) throws IOException {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A small file's bytes. */
    public byte[] bytes(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }

    /** The bag in a folder (its root holds {@code bagit.txt}). */
    public static BagFiles of(Path root) throws IOException {
        SortedSet<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> paths.add(
                    BagPaths.checked(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))));
        }
        return new BagFiles() {
            @Override
            public SortedSet<String> paths() {
                return paths;
            }

            @Override
            public InputStream open(String path) throws IOException {
                if (!paths.contains(path)) {
                    throw new BagException(BagPaths.printable(path), "the bag has no such file");
                }
                return Files.newInputStream(root.resolve(path));
            }

            @Override
            public void close() {
                // a folder holds nothing open
            }
        };
    }

    /** The bag in a zip file: its entries at the top, or all under one folder (the bag's name). */
    public static BagFiles of(ZipFile zip) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory()) {
                String path = BagPaths.checked(entry.getName());
                if (entries.put(path, entry) != null) {
                    throw new BagException(BagPaths.printable(path), "the zip holds this file twice");
                }
            }
        }
        String prefix = commonFolder(entries.keySet());
        SortedSet<String> paths = new TreeSet<>();
        Map<String, ZipEntry> byPath = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            paths.add(name.substring(prefix.length()));
            byPath.put(name.substring(prefix.length()), entry);
        });
        return new BagFiles() {
            @Override
            public SortedSet<String> paths() {
                return paths;
            }

            @Override
            public InputStream open(String path) throws IOException {
                ZipEntry entry = byPath.get(path);
                if (entry == null) {
                    throw new BagException(BagPaths.printable(path), "the bag has no such file");
                }
                return zip.getInputStream(entry);
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }

    /** {@code name/} when every entry sits under that one folder and {@code bagit.txt} is not at the top. */
    private static String commonFolder(java.util.Set<String> names) {
        if (names.isEmpty() || names.contains("bagit.txt")) {
            return "";
        }
        String first = names.iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return names.stream().allMatch(name -> name.startsWith(folder)) ? folder : "";
    }

    /**
     * Unpacks a zipped bag into {@code target} (a new or empty folder), without its enclosing folder; returns the
     * number of files written. Every entry's path is checked first, so nothing lands outside {@code target}.
     */
    public static int unzip(InputStream zipped, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> existing = Files.list(target)) {
            if (existing.findAny().isPresent()) {
                throw new IOException(target + " is not empty; a bag is unpacked into a new or empty folder");
            }
        }
        List<Path> written = new ArrayList<>();
        String prefix = null;
        try (ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = BagPaths.checked(entry.getName());
                int slash = name.indexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash + 1);
                if (prefix == null) {
                    prefix = folder;
                } else if (!prefix.equals(folder)) {
                    prefix = "";
                }
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target.normalize())) {
                    throw new BagException(BagPaths.printable(name), "would land outside the bag's folder");
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
                written.add(file);
            }
        }
        if (prefix != null && !prefix.isEmpty() && !Files.exists(target.resolve("bagit.txt"))) {
            Path folder = target.resolve(prefix);
            try (Stream<Path> inside = Files.list(folder)) {
                for (Path item : (Iterable<Path>) inside::iterator) {
                    Files.move(item, target.resolve(item.getFileName().toString()));
                }
            }
            Files.delete(folder);
        }
        return written.size();
    }

    /** Zips the bag in folder {@code root}, its files at the top of the zip, to {@code out} (left open). */
    public static void zip(Path root, OutputStream out) throws IOException {
        try (BagFiles bag = of(root)) {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (String path : bag.paths()) {
                zip.putNextEntry(new ZipEntry(path));
                try (InputStream in = bag.open(path)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
