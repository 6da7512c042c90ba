package org.primarysources.archive.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a file into the running archive (POST /api/imports, text/plain).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Parameters(paramLabel = "FILE", description = "The file to import (UTF-8 text).")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("No such file: " + file);
        }
        return server.api().call("POST", "api/imports", "text/plain; charset=UTF-8",
                new UploadProgress(file, spec.commandLine().getErr()).publisher(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
