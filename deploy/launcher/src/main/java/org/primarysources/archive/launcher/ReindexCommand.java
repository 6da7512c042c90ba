package org.primarysources.archive.launcher;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index of the running archive from its database into a new index and "
                + "swaps the alias when done (POST /api/admin/reindex, admin); shows progress until it finishes.",
                "Searches keep answering from the old index meanwhile. Exit code 0 done, 1 failed."})
final class ReindexCommand implements Callable<Integer> {

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
            JsonObject status = ArchiveApi.object(api.send("GET", "api/admin/reindex").body())
                    .orElse(JsonValue.EMPTY_JSON_OBJECT);
            String state = status.getString("state", null);
            long done = count(status, "done");
            long total = count(status, "total");
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
                err.println("Reindex " + state + ": " + status.getString("error", null));
                return 1;
            }
        }
    }

    private static long count(JsonObject status, String name) {
        return status.get(name) instanceof JsonNumber number ? number.longValue() : 0;
    }
}
