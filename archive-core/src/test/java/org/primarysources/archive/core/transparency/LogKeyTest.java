package org.primarysources.archive.core.transparency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log's key on disk: only its owner may read it, and what is loaded is what was saved. */
class LogKeyTest {

    private static final byte[] MESSAGE = "archive.example.org/log\n1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSavedKeyIsOnlyItsOwnersAndLoadsAsTheSameKey(@TempDir Path directory) throws IOException {
        LogKey key = LogKey.generate("archive.example.org/log");
        Path file = directory.resolve("log.key");

        key.save(file);
        LogKey loaded = LogKey.load(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("PRIVATE+KEY+archive.example.org/log+"
                + NoteSyntax.hex(key.keyHash()) + "+A");
        assertThat(loaded.verifierKey()).isEqualTo(key.verifierKey());
        assertThat(loaded.sign(MESSAGE)).isEqualTo(key.sign(MESSAGE));
        assertThat(key.verify(MESSAGE, loaded.sign(MESSAGE))).isTrue();
        assertThat(key.verify("other".getBytes(StandardCharsets.UTF_8), loaded.sign(MESSAGE))).isFalse();
    }

    @Test
    void aKeyOthersMayReadIsRefusedByName(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("log.key");
        LogKey.generate("archive.example.org/log").save(file);
        for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-------"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            if (mode.equals("rw-------")) {
                assertThat(LogKey.load(file).name()).isEqualTo("archive.example.org/log");
            } else {
                assertThatThrownBy(() -> LogKey.load(file)).as(mode).isInstanceOf(IOException.class)
                        .hasMessageContaining(file.toString()).hasMessageContaining(mode)
                        .hasMessageContaining("chmod 600");
            }
        }
    }

    @Test
    void aKeyIsNeverWrittenOverAnotherFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("log.key");
        LogKey first = LogKey.generate("archive.example.org/log");
        first.save(file);

        assertThatThrownBy(() -> LogKey.generate("archive.example.org/log").save(file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(LogKey.load(file).verifierKey()).isEqualTo(first.verifierKey());
    }

    @Test
    void aFileThatHoldsNoKeyOrAnotherKeysHashIsRefused(@TempDir Path directory) throws IOException {
        LogKey key = LogKey.generate("archive.example.org/log");
        Path saved = directory.resolve("log.key");
        key.save(saved);
        String line = Files.readString(saved).strip();
        String hash = NoteSyntax.hex(key.keyHash());
        String otherHash = NoteSyntax.hex(key.keyHash() ^ 1);
        for (String content : new String[] {"", "not a key", line.replace("PRIVATE+KEY+", ""),
                line.replace(hash, otherHash), line.replace("+A", "+B"), line.substring(0, line.length() - 2),
                line.replace("archive.example.org/log", "other.example.org/log")}) {
            Path file = Files.createTempFile(directory, "key", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
            assertThatThrownBy(() -> LogKey.load(file)).as(content).isInstanceOf(IOException.class)
                    .hasMessageContaining(file.toString());
        }
    }

    @Test
    void aKeyShowsOnlyItsPublicHalf() {
        LogKey key = LogKey.generate("archive.example.org/log");

        assertThat(key.toString()).isEqualTo("LogKey[" + key.verifierKey() + "]");
        assertThat(LogKey.generate("archive.example.org/log").verifierKey()).isNotEqualTo(key.verifierKey());
    }
}
