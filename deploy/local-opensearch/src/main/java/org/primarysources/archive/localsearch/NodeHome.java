package org.primarysources.archive.localsearch;

import org.primarysources.archive.localprocess.Folders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A node's directory: {@code dist} (the extracted distribution plus the analysis-common module),
 * {@code config} (written on every start), {@code data}, {@code logs} and {@code tmp}.
 */
final class NodeHome {

    static final String MODULE = "analysis-common";
    private static final String EXTRACTED_MARKER = ".extracted-from";
    private static final Pattern SERVER_JAR = Pattern.compile("opensearch-(\\d+\\.\\d+\\.\\d+)\\.jar");
    private static final Pattern HEAP_LINE = Pattern.compile("^(\\d+-?\\d*:)?-Xm[sx].*");

    final Path home;
    final Path dist;
    final Path config;
    final Path data;
    final Path logs;
    final Path tmp;

    NodeHome(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.dist = this.home.resolve("dist");
        this.config = this.home.resolve("config");
        this.data = this.home.resolve("data");
        this.logs = this.home.resolve("logs");
        this.tmp = this.home.resolve("tmp");
    }

    /** Everything the node prints (stdout and stderr), appended across starts. */
    Path consoleLog() {
        return logs.resolve("console.log");
    }

    /** The running node's pid, so a later start can stop a node whose owner was killed too hard to stop it. */
    Path pidFile() {
        return home.resolve("node.pid");
    }

    Path launchScript() {
        return dist.resolve("bin").resolve("opensearch");
    }

    /** Extracts the distribution (once per zip), installs analysis-common, writes config; returns the version. */
    String prepare(Path distribution, Path analysisCommon, String heap) throws IOException {
        for (Path dir : List.of(home, data, logs, tmp, config, config.resolve("jvm.options.d"))) {
            Files.createDirectories(dir);
        }
        extractOnce(distribution);
        String version = version(dist);
        Path module = dist.resolve("modules").resolve(MODULE);
        Files.createDirectories(module);
        Files.copy(analysisCommon, module.resolve(MODULE + "-" + version + ".jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(module.resolve("plugin-descriptor.properties"), moduleDescriptor(version));
        Path distConfig = dist.resolve("config");
        Files.copy(distConfig.resolve("log4j2.properties"), config.resolve("log4j2.properties"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(config.resolve("opensearch.yml"),
                "# Written by LocalOpenSearchNode on every start; settings are passed as -E flags.\n");
        Files.write(config.resolve("jvm.options"),
                jvmOptions(Files.readAllLines(distConfig.resolve("jvm.options")), heap));
        return version;
    }

    private void extractOnce(Path zip) throws IOException {
        String stamp = zip + " " + Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis();
        Path marker = dist.resolve(EXTRACTED_MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return;
        }
        Folders.deleteRecursively(dist);
        unzipStrippingTopDirectory(zip, dist);
        Files.writeString(marker, stamp);
    }

    /**
     * Unzips {@code zip} into {@code target}, dropping the single top-level folder; files under bin/ become executable.
     */
    static void unzipStrippingTopDirectory(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top-level folder itself (or a stray file beside it)
                }
                String relative = name.substring(slash + 1);
                Path out = root.resolve(relative).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry escapes the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (relative.startsWith("bin/")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    /** The server version, read from {@code lib/opensearch-<version>.jar}. */
    static String version(Path dist) throws IOException {
        try (Stream<Path> lib = Files.list(dist.resolve("lib"))) {
            return lib.map(p -> SERVER_JAR.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no lib/opensearch-<version>.jar in " + dist));
        }
    }

    static String moduleDescriptor(String version) {
        return String.join("\n",
                "description=Adds \"built in\" analyzers to OpenSearch (installed by LocalOpenSearchNode).",
                "version=" + version,
                "opensearch.version=" + version,
                "java.version=11",
                "name=" + MODULE,
                "classname=org.opensearch.analysis.common.CommonAnalysisPlugin",
                "extended.plugins=",
                "");
    }

    /**
     * The distribution's jvm.options with our heap, and with the paths it gives relative to the working
     * directory (the script changes into {@code dist}) moved into this home.
     */
    List<String> jvmOptions(List<String> distribution, String heap) {
        List<String> lines = new ArrayList<>();
        lines.add("# Written by LocalOpenSearchNode from the distribution's jvm.options");
        lines.add("-Xms" + heap);
        lines.add("-Xmx" + heap);
        for (String line : distribution) {
            if (HEAP_LINE.matcher(line.strip()).matches()) {
                continue;
            }
            lines.add(line.replace("=logs/", "=" + logs + "/")
                    .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + data));
        }
        return lines;
    }
}
