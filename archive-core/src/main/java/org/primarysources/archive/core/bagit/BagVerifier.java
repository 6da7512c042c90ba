package org.primarysources.archive.core.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a bag before anything is taken from it (RFC 8493 §3): {@code bagit.txt} declares version 1.0 in UTF-8;
 * {@code manifest-sha512.txt} lists every payload file and nothing else, and each one's SHA-512 is right;
 * {@code bag-info.txt}'s {@code Payload-Oxum} counts the payload's bytes and files; every line of
 * {@code tagmanifest-sha512.txt} checks out. The first problem is thrown as a {@link BagException} naming its file.
 */
public final class BagVerifier {

    static final String MANIFEST = "manifest-sha512.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha512.txt";
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{128})[ \\t]+\\*?(.+)");
    private static final Pattern OXUM = Pattern.compile("(\\d+)\\.(\\d+)");

    private BagVerifier() {
    }

    /** What a verified bag says of itself. */
    public record VerifiedBag(Map<String, String> info, long octets, int files) {
    }

    public static VerifiedBag verify(BagFiles bag) throws IOException {
        checkDeclaration(bag);
        if (!bag.has(MANIFEST)) {
            throw new BagException(MANIFEST, "the bag has no SHA-512 payload manifest");
        }
        Map<String, String> payload = manifest(bag, MANIFEST);
        long octets = 0;
        for (Map.Entry<String, String> file : payload.entrySet()) {
            if (!file.getKey().startsWith("data/")) {
                throw new BagException(MANIFEST, BagPaths.printable(file.getKey()) + " is not in the payload (data/)");
            }
            octets += check(bag, file.getKey(), file.getValue());
        }
        for (String path : bag.paths()) {
            if (path.startsWith("data/") && !payload.containsKey(path)) {
                throw new BagException(BagPaths.printable(path), "is in the payload but not in " + MANIFEST);
            }
        }
        Map<String, String> info = bag.has("bag-info.txt") ? info(bag.text("bag-info.txt")) : Map.of();
        String oxum = info.get("Payload-Oxum");
        if (oxum != null) {
            Matcher counts = OXUM.matcher(oxum);
            if (!counts.matches()) {
                throw new BagException("bag-info.txt", "Payload-Oxum '" + oxum + "' is not octets.files");
            }
            if (Long.parseLong(counts.group(1)) != octets || Long.parseLong(counts.group(2)) != payload.size()) {
                throw new BagException("bag-info.txt", "Payload-Oxum says " + oxum + ", the payload is " + octets
                        + "." + payload.size());
            }
        }
        if (bag.has(TAG_MANIFEST)) {
            for (Map.Entry<String, String> file : manifest(bag, TAG_MANIFEST).entrySet()) {
                if (file.getKey().startsWith("data/")) {
                    throw new BagException(TAG_MANIFEST, BagPaths.printable(file.getKey()) + " is no tag file");
                }
                check(bag, file.getKey(), file.getValue());
            }
        }
        return new VerifiedBag(info, octets, payload.size());
    }

    private static void checkDeclaration(BagFiles bag) throws IOException {
        if (!bag.has("bagit.txt")) {
            throw new BagException("bagit.txt", "missing: this is no bag");
        }
        Map<String, String> declaration = info(bag.text("bagit.txt"));
        if (!"1.0".equals(declaration.get("BagIt-Version"))) {
            throw new BagException("bagit.txt", "BagIt-Version is " + declaration.get("BagIt-Version")
                    + ", this archive reads 1.0");
        }
        if (!"UTF-8".equalsIgnoreCase(declaration.get("Tag-File-Character-Encoding"))) {
            throw new BagException("bagit.txt", "Tag-File-Character-Encoding must be UTF-8");
        }
    }

    /** A manifest's files and checksums; a malformed, duplicated or unsafe line is refused naming the manifest. */
    static Map<String, String> manifest(BagFiles bag, String manifest) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        String[] lines = bag.text(manifest).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                continue;
            }
            Matcher parts = LINE.matcher(line);
            if (!parts.matches()) {
                throw new BagException(manifest, "line " + (i + 1) + " is not 'checksum path'");
            }
            String path = BagPaths.checked(BagPaths.decode(manifest, parts.group(2)));
            if (files.put(path, parts.group(1).toLowerCase(Locale.ROOT)) != null) {
                throw new BagException(manifest, BagPaths.printable(path) + " is listed twice");
            }
        }
        return files;
    }

    /** Checks one file's SHA-512; returns its size. */
    private static long check(BagFiles bag, String path, String expected) throws IOException {
        if (!bag.has(path)) {
            throw new BagException(BagPaths.printable(path), "listed in the manifest but missing from the bag");
        }
        MessageDigest sha512 = ZipBagWriter.sha512();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = bag.open(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha512.update(buffer, 0, read);
                size += read;
            }
        }
        if (!HexFormat.of().formatHex(sha512.digest()).equals(expected)) {
            throw new BagException(BagPaths.printable(path), "its SHA-512 is not the manifest's: the file was changed"
                    + " or damaged");
        }
        return size;
    }

    /** A tag file of {@code Label: value} lines; a line starting with a space or tab goes on the one before. */
    static Map<String, String> info(String text) {
        Map<String, String> members = new LinkedHashMap<>();
        Set<String> labels = new HashSet<>();
        String last = null;
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                members.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            last = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (labels.add(last)) {
                members.put(last, value);
            }
        }
        return members;
    }
}
