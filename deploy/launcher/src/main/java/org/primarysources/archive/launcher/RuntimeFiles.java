package org.primarysources.archive.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the build puts into {@code runtime/} beside archive.jar. */
record RuntimeFiles(Path payaraJar, Path war, Path opensearchZip, Path analysisCommon, Path postgresBinaries) {

    static RuntimeFiles locate(Path explicitDir, boolean needOpenSearch, boolean needPostgres) throws IOException {
        Path dir = (explicitDir != null ? explicitDir : besideOurJar()).toAbsolutePath().normalize();
        RuntimeFiles files = new RuntimeFiles(dir.resolve("payara-micro.jar"), dir.resolve("archive.war"),
                dir.resolve("opensearch.zip"), dir.resolve("analysis-common.jar"),
                dir.resolve("postgres-binaries.jar"));
        List<Path> needed = new ArrayList<>(List.of(files.payaraJar, files.war));
        if (needOpenSearch) {
            needed.addAll(List.of(files.opensearchZip, files.analysisCommon));
        }
        if (needPostgres) {
            needed.add(files.postgresBinaries);
        }
        List<Path> missing = new ArrayList<>();
        for (Path file : needed) {
            if (!Files.isRegularFile(file)) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("Missing runtime files " + missing + ". Build the archive first"
                    + " (./archive does that, or: mvn -DskipTests install).");
        }
        return files;
    }

    private static Path besideOurJar() throws IOException {
        try {
            Path location = Path.of(RuntimeFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return (Files.isRegularFile(location) ? location.getParent() : location).resolve("runtime");
        } catch (URISyntaxException e) {
            throw new IOException("cannot tell where archive.jar is", e);
        }
    }
}
