package org.primarysources.archive.launcher;

import java.net.http.HttpRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks the archive's integrity and prints the report (GET /api/verify).")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        return server.api().call("GET", "api/verify", null, HttpRequest.BodyPublishers.noBody(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
