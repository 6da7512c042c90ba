package org.primarysources.archive.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar archive.jar <command>}: runs the archive locally, or talks to a running one. */
@Command(name = "archive", mixinStandardHelpOptions = true, versionProvider = ArchiveLauncher.Version.class,
        description = "Archive of curated primary sources.",
        subcommands = {RunCommand.class, ImportCommand.class, ExportCommand.class, ReindexCommand.class,
                VerifyCommand.class,
                BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class ArchiveLauncher implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new ArchiveLauncher()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // expected failures (missing files, unreachable server, ...) carry a message meant for the user
            commandLine.getErr().println(e.getMessage() != null ? e.getMessage() : e.toString());
            return 1;
        });
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: run, import, export, reindex, verify, backup or restore");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ArchiveLauncher.class.getPackage().getImplementationVersion();
            return new String[] {"archive " + (version == null ? "(development build)" : version)};
        }
    }
}
