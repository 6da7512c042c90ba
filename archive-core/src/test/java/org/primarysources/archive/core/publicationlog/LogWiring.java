package org.primarysources.archive.core.publicationlog;

import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Builds the log's services outside a container, for tests: a key file of the tests' own, a fixed origin. */
public final class LogWiring {

    public static final String ORIGIN = "archive.test/log";
    private static LogSigning testSigning;

    private LogWiring() {
    }

    /** A signing key made once for this test run, in a temporary folder. */
    public static synchronized LogSigning testSigning() {
        if (testSigning == null) {
            try {
                Path folder = Files.createTempDirectory("archive-log-key");
                folder.toFile().deleteOnExit();
                testSigning = signing(folder.resolve("log.key"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return testSigning;
    }

    public static LogSigning signing(Path keyFile) {
        return new LogSigning(Optional.of(keyFile.toString()), Optional.empty(), Optional.of(ORIGIN));
    }

    public static Checkpoints checkpoints(EntityManager em, LogSigning signing, Clock clock) {
        return checkpoints(em, signing, new TimeStamps(), clock);
    }

    public static Checkpoints checkpoints(EntityManager em, LogSigning signing, TimeStamps timeStamps, Clock clock) {
        return new Checkpoints(em, new PublicationLog(em, clock), signing, timeStamps, clock);
    }
}
