package org.primarysources.archive.deploy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Helpers for the search acceptance tests: polling, and stopping/starting the build's OpenSearch node. */
final class SearchAcceptance {

    private SearchAcceptance() {
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static void await(Duration limit, String what, BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(500);
        }
    }

    /** Runs LocalOpenSearchMain (the launcher's own code) in a separate JVM, as the build does. */
    static void node(String... args) throws IOException, InterruptedException {
        String dir = System.getProperty("it.opensearch.dir");
        String port = System.getProperty("it.opensearch.port");
        List<String> command = new java.util.ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-cp", System.getProperty("java.class.path"),
                "org.primarysources.archive.localsearch.LocalOpenSearchMain"));
        command.addAll(List.of(args));
        if (args[0].equals("start")) {
            command.addAll(List.of("--distribution=" + dir + "/opensearch.zip",
                    "--analysis-common=" + dir + "/analysis-common.jar", "--home=" + dir + "/node",
                    "--http-port=" + port, "--cluster-name=archive-it-" + port));
        }
        command.add("--pid-file=" + dir + "/node.pid");
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("LocalOpenSearchMain " + args[0] + " failed");
        }
    }
}
