package org.primarysources.archive.launcher;

import org.primarysources.archive.core.bagit.BagException;
import org.primarysources.archive.core.bagit.BagFiles;
import org.primarysources.archive.core.bagit.BagVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The launcher's side of handing an archive on as a BagIt bag: {@code export --bag} unpacks the zip the archive
 * streams ({@code GET /api/admin/bag}) into a folder and verifies it; {@code import --bag} verifies the folder, zips
 * it and sends it ({@code POST /api/admin/bag}). The bag format is core's {@code bagit} package, shaded in.
 */
final class BagCommands {

    static final String ZIP = "application/zip";

    private BagCommands() {
    }

    /** Writes the archive's bag (one source's, with {@code source}) into the new or empty folder {@code target}. */
    static int export(ArchiveApi api, Long source, Path target, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> existing = Files.list(target)) {
                if (existing.findAny().isPresent()) {
                    err.println(target + " is not empty: a bag is written into a new or empty folder");
                    return 1;
                }
            }
        } else if (Files.exists(target)) {
            err.println(target + " is a file: a bag is written into a new or empty folder");
            return 1;
        }
        HttpResponse<InputStream> answer = api.download("api/admin/bag" + (source == null ? "" : "?source=" + source),
                err);
        if (answer == null) {
            return 1;
        }
        try (InputStream body = answer.body()) {
            if (answer.statusCode() != 200) {
                err.printf("GET %s: HTTP %d: %s%n", answer.request().uri(), answer.statusCode(),
                        ArchiveApi.problem(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                return 1;
            }
            BagFiles.unzip(body, target);
        }
        try (BagFiles bag = BagFiles.of(target)) {
            BagVerifier.VerifiedBag verified = BagVerifier.verify(bag);
            out.printf("Bag written to %s and verified: %,d payload files, %,d bytes (Payload-Oxum %s).%n", target,
                    verified.files(), verified.octets(), verified.info().get("Payload-Oxum"));
            return 0;
        } catch (BagException damaged) {
            err.println("The bag written to " + target + " does not verify: " + damaged.getMessage());
            return 1;
        }
    }

    /** Verifies the bag in folder {@code bag}, then sends it to the archive, which must be empty. */
    static int importBag(ArchiveApi api, Path bag, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(bag)) {
            err.println("No bag folder: " + bag);
            return 1;
        }
        try (BagFiles files = BagFiles.of(bag)) {
            BagVerifier.verify(files);
        } catch (BagException damaged) {
            err.println("The bag is damaged, nothing was sent: " + damaged.getMessage());
            return 1;
        }
        Path zip = Files.createTempFile("archive-bag-", ".zip");
        try {
            try (OutputStream zipped = Files.newOutputStream(zip)) {
                BagFiles.zip(bag, zipped);
            }
            HttpResponse<String> answer = api.exchange("POST", "api/admin/bag", ZIP,
                    new UploadProgress(zip, err).publisher(), err);
            return answer == null ? 1 : ArchiveApi.print(answer, out, err);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
