package org.primarysources.archive.core.bagit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bag as a zip, one file after another, never holding a file in memory: each payload file's SHA-512 and
 * size are taken while it streams through, and {@link #finish} then writes {@code manifest-sha512.txt},
 * {@code bagit.txt}, {@code bag-info.txt} (with {@code Payload-Oxum}, {@code Bagging-Date} and {@code Bag-Size}) and
 * {@code tagmanifest-sha512.txt}. Every entry sits under one folder, the bag's name, as zipped bags usually do.
 */
public final class ZipBagWriter {

    static final String BAGIT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private final ZipOutputStream zip;
    private final String root;
    private final List<String[]> payload = new ArrayList<>();
    private final List<String[]> tags = new ArrayList<>();
    private long octets;
    private boolean open;

    /** A bag named {@code name} (the folder its files sit in) written to {@code out}. */
    public ZipBagWriter(OutputStream out, String name) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.root = BagPaths.checked(name) + "/";
    }

    /**
     * Opens the payload file {@code data/<path>}; write it and close the stream before opening the next one.
     * Closing it does not close the bag.
     */
    public OutputStream payload(String path) throws IOException {
        String file = "data/" + BagPaths.checked(path);
        if (open) {
            throw new IllegalStateException("close the previous payload file before opening " + file);
        }
        zip.putNextEntry(new ZipEntry(root + file));
        open = true;
        MessageDigest sha512 = sha512();
        return new FilterOutputStream(new DigestOutputStream(zip, sha512)) {
            private long size;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                size += length;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size++;
            }

            @Override
            public void close() throws IOException {
                if (!open) {
                    return;
                }
                zip.closeEntry();
                open = false;
                octets += size;
                payload.add(new String[] {hex(sha512), file});
            }
        };
    }

    /** Writes the payload file {@code data/<path>} with these bytes. */
    public void payload(String path, byte[] content) throws IOException {
        try (OutputStream out = payload(path)) {
            out.write(content);
        }
    }

    /**
     * Writes the manifest and the tag files and closes the zip (not the stream under it).
     *
     * @param info bag-info.txt's further members in order ({@code Source-Organization}, {@code External-Description},
     *             …); a line break in a value becomes a space
     */
    public void finish(Map<String, String> info, LocalDate baggingDate) throws IOException {
        if (open) {
            throw new IllegalStateException("close the last payload file before finishing the bag");
        }
        tag("manifest-sha512.txt", manifest(payload));
        tag("bagit.txt", BAGIT);
        Map<String, String> members = new LinkedHashMap<>(info);
        members.put("Bagging-Date", baggingDate.toString());
        members.put("Payload-Oxum", octets + "." + payload.size());
        members.put("Bag-Size", size(octets));
        StringBuilder text = new StringBuilder();
        members.forEach((label, value) -> text.append(label).append(": ")
                .append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n'));
        tag("bag-info.txt", text.toString());
        zip.putNextEntry(new ZipEntry(root + "tagmanifest-sha512.txt"));
        zip.write(manifest(tags).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private void tag(String file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(root + file));
        zip.write(bytes);
        zip.closeEntry();
        MessageDigest sha512 = sha512();
        sha512.update(bytes);
        tags.add(new String[] {hex(sha512), file});
    }

    /** Manifest lines: the checksum, two spaces, the encoded path (the form {@code sha512sum -c} reads). */
    static String manifest(List<String[]> files) {
        StringBuilder text = new StringBuilder();
        for (String[] file : files) {
            text.append(file[0]).append("  ").append(BagPaths.encode(file[1])).append('\n');
        }
        return text.toString();
    }

    /** A size as people read it: {@code 512 bytes}, {@code 1.5 KB}, {@code 3.2 MB} (powers of 1,024). */
    static String size(long octets) {
        String[] units = {"KB", "MB", "GB", "TB"};
        if (octets < 1024) {
            return octets + " bytes";
        }
        double value = octets;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
