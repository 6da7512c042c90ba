package org.primarysources.archive.localprocess;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a short helper command (id, chown, setpriv --help, kill) to its end and keeps what it printed. */
final class ShortCommand {

    private ShortCommand() {
    }

    record Result(int code, String output) {
    }

    static Result exec(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Result(process.waitFor(), output.strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    /** @return its output, stripped; an IOException naming the command if it fails */
    static String run(List<String> command) throws IOException {
        Result result = exec(command);
        if (result.code() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.code() + "): "
                    + result.output());
        }
        return result.output();
    }
}
