package org.primarysources.archive.launcher;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a file into the running archive (POST /api/imports): a CSV file of records (*.csv, "
                + "as text/csv) or an article (any other file, as text/plain).",
                "A CSV file of more than 1,000 rows is imported in the background: the command follows it with a "
                        + "progress bar on stderr until it is done. Exit code 0 imported, 1 refused or failed.",
                "With --bag PATH instead of a file: takes a bag written by 'archive export --bag' into the archive, "
                        + "which must be empty (POST /api/admin/bag, admin); the bag is verified first, here and "
                        + "again by the archive, and nothing is written unless all of it is."})
final class ImportCommand implements Callable<Integer> {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String TEXT = "text/plain; charset=UTF-8";
    private static final int BAR = 30;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The file to import (UTF-8: a .csv file of records, or text).")
    Path file;

    @Option(names = "--bag", paramLabel = "PATH",
            description = "A bag folder written by 'archive export --bag', taken into an empty archive.")
    Path bag;

    @Option(names = "--language", paramLabel = "TAG",
            description = "The article's language as a BCP 47 tag (en, de, pl, lt, fr, ru, …); without it the archive "
                    + "detects it from the text.")
    String language;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The source's title, instead of the subject of the article's first sentence.")
    String title;

    /** How long to wait between two looks at a background import; replaceable in tests. */
    long pollMillis = 1_000;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (bag == null)) {
            throw new ParameterException(spec.commandLine(), "Name a FILE to import, or a bag folder with --bag");
        }
        if (bag != null) {
            return BagCommands.importBag(server.api(), bag, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("No such file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveApi api = server.api();
        String name = file.getFileName().toString();
        HttpResponse<String> answer = api.exchange("POST", "api/imports?fileName=" + encoded(name)
                        + (language == null ? "" : "&language=" + encoded(language))
                        + (title == null ? "" : "&title=" + encoded(title)), mediaType(file),
                new UploadProgress(file, err).publisher(), err);
        if (answer == null) {
            return 1;
        }
        if (answer.statusCode() != 202) {
            return ArchiveApi.print(answer, out, err);
        }
        String location = answer.headers().firstValue("Location").orElse(null);
        if (location == null) {
            err.println("The archive accepted the import but did not say where to follow it.");
            return 1;
        }
        return follow(api, answer.request().uri().resolve(location), name, out, err);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The media type a file is sent as: by its extension. */
    static String mediaType(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT;
    }

    private int follow(ArchiveApi api, URI job, String name, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        while (true) {
            HttpResponse<String> answer = api.exchange("GET", job.toString(), null,
                    HttpRequest.BodyPublishers.noBody(), err);
            if (answer == null) {
                return 1;
            }
            if (answer.statusCode() != 200) {
                return ArchiveApi.print(answer, out, err);
            }
            JsonObject status = ArchiveApi.object(answer.body()).orElse(JsonValue.EMPTY_JSON_OBJECT);
            String state = status.getString("state", "");
            err.print("\r" + bar("Importing " + name, count(status, "rowsDone"), count(status, "rowsTotal")));
            err.flush();
            switch (state) {
                case "DONE" -> {
                    err.println();
                    out.println(answer.body());
                    return 0;
                }
                case "FAILED", "CANCELLED" -> {
                    err.println();
                    err.println("Import " + state.toLowerCase(Locale.ROOT) + ", nothing was written"
                            + problem(status));
                    return 1;
                }
                default -> Thread.sleep(pollMillis);
            }
        }
    }

    /** {@code Importing big.csv [#########.....................]  30% (30,000 of 100,000 rows)}. */
    static String bar(String what, long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = percent * BAR / 100;
        return String.format(Locale.ENGLISH, "%s [%s%s] %3d%% (%,d of %,d rows)", what, "#".repeat(filled),
                ".".repeat(BAR - filled), percent, done, total);
    }

    private static String problem(JsonObject status) {
        JsonValue errors = status.get("errors");
        if (errors instanceof JsonArray list && !list.isEmpty() && list.get(0) instanceof JsonObject first) {
            return ": " + first.getString("problem", "");
        }
        return ".";
    }

    private static long count(JsonObject status, String name) {
        return status.get(name) instanceof JsonNumber number ? number.longValue() : 0;
    }
}
