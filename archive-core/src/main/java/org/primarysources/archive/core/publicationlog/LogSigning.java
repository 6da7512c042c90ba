package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.transparency.LogKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log's signing key and where signed checkpoints go besides the database. The private key lives in a file outside
 * the database ({@code archive.log.key}, owner-only permissions; made on first use, named after the log's origin), so
 * that whoever administers the database cannot sign a rewritten history. Every instance of the archive that shares a
 * database must be given the same file, and a backup is only verifiable later with the key kept beside it.
 */
@ApplicationScoped
public class LogSigning {

    private static final Logger LOG = Logger.getLogger(LogSigning.class.getName());

    private final Optional<String> keyFile;
    private final Optional<String> checkpointFile;
    private final Optional<String> origin;
    private volatile LogKey key;

    @Inject
    LogSigning(@ConfigProperty(name = "archive.log.key") Optional<String> keyFile,
               @ConfigProperty(name = "archive.log.checkpoints") Optional<String> checkpointFile,
               @ConfigProperty(name = "archive.log.origin") Optional<String> origin) {
        this.keyFile = keyFile.filter(f -> !f.isBlank());
        this.checkpointFile = checkpointFile.filter(f -> !f.isBlank());
        this.origin = origin.filter(o -> !o.isBlank());
    }

    /** Only for the CDI client proxy. */
    protected LogSigning() {
        this(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The origin configured for a new log ({@code archive.log.origin}), if any. */
    Optional<String> configuredOrigin() {
        return origin;
    }

    /** The private key, loaded once, or made (named {@code origin}) if its file does not exist yet. */
    LogKey key(String logOrigin) {
        LogKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrGenerate(keyPath(logOrigin), logOrigin);
                }
                loaded = key;
            }
        }
        return loaded;
    }

    /** Appends a signed checkpoint to the plain file outside the database, if one is configured. */
    void keepOutside(String signedNote) {
        checkpointFile.map(Path::of).ifPresent(file -> {
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, signedNote + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not append a checkpoint to " + file, e);
            }
        });
    }

    private Path keyPath(String logOrigin) {
        return keyFile.map(Path::of).orElseGet(() -> {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "archive-log",
                    HashChain.sha256(logOrigin).substring(0, 16) + ".key");
            LOG.warning("archive.log.key is not set: the log's signing key is " + fallback
                    + "; set it to a file every instance of the archive can read, outside the database");
            return fallback;
        });
    }

    private static LogKey loadOrGenerate(Path file, String logOrigin) {
        try {
            if (Files.exists(file)) {
                return LogKey.load(file);
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            LogKey made = LogKey.generate(logOrigin);
            made.save(file);
            LOG.info("made the log's signing key " + file + " (" + made.verifierKey() + ")");
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("the log's signing key: " + e.getMessage(), e);
        }
    }
}
