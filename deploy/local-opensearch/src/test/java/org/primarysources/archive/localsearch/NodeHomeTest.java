package org.primarysources.archive.localsearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeHomeTest {

    @TempDir
    Path tmp;

    @Test
    void moduleDescriptorNamesTheCommonAnalysisPluginForThisServerVersion() throws IOException {
        Properties descriptor = new Properties();
        descriptor.load(new StringReader(NodeHome.moduleDescriptor("2.19.6")));

        assertThat(descriptor).containsEntry("name", "analysis-common")
                .containsEntry("classname", "org.opensearch.analysis.common.CommonAnalysisPlugin")
                .containsEntry("version", "2.19.6")
                .containsEntry("opensearch.version", "2.19.6")
                .containsEntry("java.version", "11")
                .containsEntry("extended.plugins", "")
                .containsKey("description");
    }

    @Test
    void jvmOptionsUseOurHeapAndKeepFilesInsideTheHome() {
        NodeHome home = new NodeHome(tmp.resolve("node"));
        List<String> options = home.jvmOptions(List.of(
                "-Xms1g", "-Xmx1g", "8-10:-Xmx2g", "11-:-XX:+UseG1GC",
                "-XX:HeapDumpPath=data", "-XX:ErrorFile=logs/hs_err_pid%p.log",
                "9-:-Xlog:gc*,gc+age=trace,safepoint:file=logs/gc.log:utctime,pid,tags:filecount=32,filesize=64m"),
                "384m");

        assertThat(options).contains("-Xms384m", "-Xmx384m", "11-:-XX:+UseG1GC",
                        "-XX:HeapDumpPath=" + home.data,
                        "-XX:ErrorFile=" + home.logs + "/hs_err_pid%p.log")
                .doesNotContain("-Xms1g", "-Xmx1g", "8-10:-Xmx2g")
                .anySatisfy(line -> assertThat(line).contains("file=" + home.logs + "/gc.log"));
    }

    @Test
    void unzipDropsTheTopFolderAndMakesBinExecutable() throws IOException {
        Path zip = zip(tmp.resolve("dist.zip"), "opensearch-9.9.9/", "opensearch-9.9.9/bin/opensearch",
                "opensearch-9.9.9/lib/opensearch-9.9.9.jar", "opensearch-9.9.9/config/jvm.options");
        Path target = tmp.resolve("dist");

        NodeHome.unzipStrippingTopDirectory(zip, target);

        assertThat(target.resolve("bin/opensearch")).isExecutable().hasContent("opensearch-9.9.9/bin/opensearch");
        assertThat(target.resolve("config/jvm.options")).isRegularFile();
        assertThat(NodeHome.version(target)).isEqualTo("9.9.9");
    }

    @Test
    void unzipRefusesEntriesOutsideTheTarget() throws IOException {
        Path zip = zip(tmp.resolve("evil.zip"), "top/../../escaped");

        assertThatThrownBy(() -> NodeHome.unzipStrippingTopDirectory(zip, tmp.resolve("dist")))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes");
        assertThat(tmp.resolve("escaped")).doesNotExist();
    }

    private static Path zip(Path zip, String... names) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    out.write(name.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return zip;
    }
}
