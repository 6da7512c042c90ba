package org.primarysources.archive.launcher;

import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index of the running archive from its database into a new index and "
                + "swaps the alias when done (POST /api/admin/reindex, admin); shows progress until it finishes.",
                "Searches keep answering from the old index meanwhile. Exit code 0 done, 1 failed."})
final class ReindexCommand implements Callable<Integer> {

    private static final Pattern FIELD = Pattern.compile("\"(state|done|total|error)\":\\s*(\"([^\"]*)\"|\\d+)");

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveApi api = server.api();
        HttpResponse<String> started = api.send("POST", "api/admin/reindex");
        if (started.statusCode() / 100 != 2) {
            err.printf("Reindex refused: HTTP %d: %s%n", started.statusCode(), ArchiveApi.problem(started.body()));
            return 1;
        }
        while (true) {
            Thread.sleep(1000);
            HttpResponse<String> status = api.send("GET", "api/admin/reindex");
            String state = field(status.body(), "state");
            long done = Long.parseLong(orZero(field(status.body(), "done")));
            long total = Long.parseLong(orZero(field(status.body(), "total")));
            out.printf("\rReindexing %d of %d records%s", done, total,
                    total > 0 ? " (" + done * 100 / total + "%)" : "");
            out.flush();
            if ("DONE".equals(state)) {
                out.println();
                out.println("Done: the search index was rebuilt and swapped in.");
                return 0;
            }
            if (!"RUNNING".equals(state)) {
                out.println();
                err.println("Reindex " + state + ": " + field(status.body(), "error"));
                return 1;
            }
        }
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(3) != null ? m.group(3) : m.group(2);
            }
        }
        return null;
    }

    private static String orZero(String value) {
        return value == null ? "0" : value;
    }
}
