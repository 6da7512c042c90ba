package org.primarysources.archive.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the running archive, or one source with its records, as a BagIt bag (RFC 8493) into a "
                + "new folder (GET /api/admin/bag, admin): every source and record version with its hashes, the "
                + "transcriptions, the import originals byte for byte, PROV-O, the transparency log's entries, "
                + "checkpoints and key, with SHA-512 manifests. The bag is verified once written.",
                "Exit code 0 written and verified, 1 refused or failed."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--bag", required = true, paramLabel = "PATH",
            description = "The folder to write the bag into (new, or empty).")
    Path bag;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source and its records.")
    Long source;

    @Override
    public Integer call() throws Exception {
        return BagCommands.export(server.api(), source, bag, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
