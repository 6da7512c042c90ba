package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @TempDir
    Path tmp;

    @Test
    void showsTheLastLines() throws IOException {
        Path log = tmp.resolve("console.log");
        Files.write(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());

        assertThat(LogTail.of(log, 3)).isEqualTo("line 98\nline 99\nline 100");
        assertThat(LogTail.of(tmp.resolve("missing.log"), 3)).contains("no ");
    }
}
