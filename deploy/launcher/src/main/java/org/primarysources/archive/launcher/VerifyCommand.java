package org.primarysources.archive.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.net.http.HttpRequest;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes every hash chain and re-checks every cited text of the running archive "
                + "(GET /api/verify, admin) and prints the report with each broken item.",
                "Exit code: 0 intact, 2 something is broken, 1 the check could not run."})
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
