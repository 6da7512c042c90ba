package org.primarysources.archive.core.bagit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bags as RFC 8493 has them: written as a zip stream, unpacked, and refused when anything in them is off. */
class BagTest {

    private static final String ODD_NAME = "imports/7/100% genuine\nline.txt";

    @TempDir
    Path folder;

    @Test
    void manifestLinesAreChecksumTwoSpacesAndThePathWithPercentCarriageReturnAndLineFeedEncoded() throws Exception {
        Map<String, byte[]> zip = entries(aBag());
        String manifest = new String(zip.get("bag/manifest-sha512.txt"), StandardCharsets.UTF_8);

        assertThat(manifest.split("\n")).containsExactly(
                sha512("hello") + "  data/a.txt",
                sha512("odd") + "  data/imports/7/100%25 genuine%0Aline.txt");
        assertThat(BagPaths.decode("manifest-sha512.txt", "data/100%25 genuine%0aline%0D.txt"))
                .isEqualTo("data/100% genuine\nline\r.txt");
    }

    @Test
    void bagInfoCountsThePayloadsOctetsAndFilesAndTheTagManifestCoversEveryTagFile() throws Exception {
        Map<String, byte[]> zip = entries(aBag());
        String info = new String(zip.get("bag/bag-info.txt"), StandardCharsets.UTF_8);
        String tags = new String(zip.get("bag/tagmanifest-sha512.txt"), StandardCharsets.UTF_8);

        assertThat(info).isEqualTo("Source-Organization: An archive\nExternal-Description: two files in one line\n"
                + "Bagging-Date: 2026-12-04\nPayload-Oxum: 8.2\nBag-Size: 8 bytes\n");
        assertThat(new String(zip.get("bag/bagit.txt"), StandardCharsets.UTF_8))
                .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        assertThat(tags.split("\n")).extracting(line -> line.substring(130))
                .containsExactly("manifest-sha512.txt", "bagit.txt", "bag-info.txt");
        assertThat(tags).contains(sha512(new String(zip.get("bag/bag-info.txt"), StandardCharsets.UTF_8)));
    }

    @Test
    void aWrittenBagVerifiesAsAZipAndUnpackedIntoAFolder() throws Exception {
        Path zipped = folder.resolve("bag.zip");
        Files.write(zipped, aBag());
        try (BagFiles bag = BagFiles.of(new ZipFile(zipped.toFile()))) {
            BagVerifier.VerifiedBag verified = BagVerifier.verify(bag);
            assertThat(verified.octets()).isEqualTo(8);
            assertThat(verified.files()).isEqualTo(2);
            assertThat(verified.info()).containsEntry("Source-Organization", "An archive");
            assertThat(bag.text("data/" + ODD_NAME)).isEqualTo("odd");
        }
        Path unpacked = folder.resolve("unpacked");
        assertThat(BagFiles.unzip(new ByteArrayInputStream(aBag()), unpacked)).isEqualTo(6);
        assertThat(unpacked.resolve("bagit.txt")).exists();
        assertThat(unpacked.resolve("data").resolve("imports/7/100% genuine\nline.txt")).hasContent("odd");
        try (BagFiles bag = BagFiles.of(unpacked)) {
            assertThat(BagVerifier.verify(bag).files()).isEqualTo(2);
        }
    }

    @Test
    void aFlippedByteIsRefusedNamingTheFile() throws Exception {
        Path unpacked = unpacked();
        Path file = unpacked.resolve("data/a.txt");
        byte[] bytes = Files.readAllBytes(file);
        bytes[1] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessageStartingWith("data/a.txt: its SHA-512 is not the manifest's")
                .extracting(e -> ((BagException) e).file()).isEqualTo("data/a.txt");
    }

    @Test
    void aPayloadFileOutsideTheManifestIsRefused() throws Exception {
        Path unpacked = unpacked();
        Files.writeString(unpacked.resolve("data/smuggled.txt"), "x");

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessage("data/smuggled.txt: is in the payload but not in manifest-sha512.txt");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() throws Exception {
        Path unpacked = unpacked();
        Files.delete(unpacked.resolve("data/a.txt"));

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessage("data/a.txt: listed in the manifest but missing from the bag");
    }

    @Test
    void aPayloadOxumThatDoesNotCountThePayloadIsRefused() throws Exception {
        Path unpacked = unpacked();
        Path info = unpacked.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("Payload-Oxum: 8.2", "Payload-Oxum: 9.2"));

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessage("bag-info.txt: Payload-Oxum says 9.2, the payload is 8.2");
    }

    @Test
    void aChangedTagFileIsRefusedByTheTagManifest() throws Exception {
        Path unpacked = unpacked();
        Path info = unpacked.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("An archive", "Another archive"));

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessageStartingWith("bag-info.txt: its SHA-512 is not the manifest's");
    }

    @Test
    void aFolderWithoutBagitTxtIsNoBag() throws Exception {
        Path unpacked = unpacked();
        Files.delete(unpacked.resolve("bagit.txt"));

        assertThatThrownBy(() -> verify(unpacked)).isInstanceOf(BagException.class)
                .hasMessage("bagit.txt: missing: this is no bag");
    }

    @Test
    void pathsThatLeaveTheBagAreRefused() {
        for (String path : new String[] {"../etc/passwd", "/etc/passwd", "data/../../x", "data//x", "data\\x", ""}) {
            assertThatThrownBy(() -> BagPaths.checked(path)).as(path).isInstanceOf(BagException.class);
        }
        assertThat(BagPaths.checked("data/records/1/1.json")).isEqualTo("data/records/1/1.json");
        assertThatThrownBy(() -> BagPaths.decode("manifest-sha512.txt", "data/50%.txt"))
                .hasMessageStartingWith("manifest-sha512.txt: ");
    }

    @Test
    void aZipEntryThatLeavesTheBagIsRefusedBeforeAnythingIsUnpacked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../evil.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        Path target = folder.resolve("target");

        assertThatThrownBy(() -> BagFiles.unzip(new ByteArrayInputStream(bytes.toByteArray()), target))
                .isInstanceOf(BagException.class);
        assertThat(folder.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void bagSizesReadAsPeopleWriteThem() {
        assertThat(ZipBagWriter.size(512)).isEqualTo("512 bytes");
        assertThat(ZipBagWriter.size(1536)).isEqualTo("1.5 KB");
        assertThat(ZipBagWriter.size(3L * 1024 * 1024 + 200 * 1024)).isEqualTo("3.2 MB");
    }

    @Test
    void bagInfoReadsFoldedLines() {
        assertThat(BagVerifier.info("External-Description: a long\n  description\nBag-Size: 1 KB\n"))
                .containsEntry("External-Description", "a long description")
                .containsEntry("Bag-Size", "1 KB");
    }

    private Path unpacked() throws IOException {
        Path unpacked = folder.resolve("unpacked");
        BagFiles.unzip(new ByteArrayInputStream(aBag()), unpacked);
        return unpacked;
    }

    private static void verify(Path root) throws IOException {
        try (BagFiles bag = BagFiles.of(root)) {
            BagVerifier.verify(bag);
        }
    }

    private static byte[] aBag() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipBagWriter writer = new ZipBagWriter(bytes, "bag");
        try (OutputStream out = writer.payload("a.txt")) {
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        writer.payload(ODD_NAME, "odd".getBytes(StandardCharsets.UTF_8));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", "An archive");
        info.put("External-Description", "two files\nin one line");
        writer.finish(info, LocalDate.of(2026, 12, 4));
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zipped) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha512(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
