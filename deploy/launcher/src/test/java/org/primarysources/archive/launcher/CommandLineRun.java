package org.primarysources.archive.launcher;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/** Runs the launcher's command line in this JVM and keeps what it printed. */
record CommandLineRun(int code, String out, String err) {

    static CommandLineRun of(String... args) {
        return of(commandLine -> { }, args);
    }

    static CommandLineRun of(Consumer<CommandLine> setUp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ArchiveLauncher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        setUp.accept(commandLine);
        int code = commandLine.execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
