package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FoldersTest {

    @TempDir
    Path tmp;

    @Test
    void deletesAFolderTreeButNotWhatALinkInItPointsTo() throws Exception {
        Path kept = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("kept.txt"), "x");
        Path tree = Files.createDirectories(tmp.resolve("home/data/nested"));
        Files.writeString(tree.resolve("file"), "y");
        Files.createSymbolicLink(tmp.resolve("home/link"), kept.getParent());

        Folders.deleteRecursively(tmp.resolve("home"));
        Folders.deleteRecursively(tmp.resolve("never-was"));

        assertThat(tmp.resolve("home")).doesNotExist();
        assertThat(kept).hasContent("x");
    }
}
