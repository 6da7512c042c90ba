package org.primarysources.archive.launcher;

import java.net.http.HttpRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the database (POST /api/admin/reindex).")
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        return server.api().call("POST", "api/admin/reindex", null, HttpRequest.BodyPublishers.noBody(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
