package org.primarysources.archive.localpostgres;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresSettingsTest {

    private final PostgresSettings defaults = PostgresSettings.of(Path.of("postgres-binaries.jar"),
            Path.of("/srv/archive/install"), Path.of("/srv/archive/postgres/../db/data"));

    @Test
    void defaultsAreAFreePortTheCallersSessionNoDeathSignalAndALogBesideTheData() {
        assertThat(defaults.binaries()).isAbsolute();
        assertThat(defaults.dataDir()).isEqualTo(Path.of("/srv/archive/db/data"));
        assertThat(defaults.port()).isZero();
        assertThat(defaults.ownSession()).isFalse();
        assertThat(defaults.deathSignal()).isEmpty();
        assertThat(defaults.serverSettings()).isEmpty();
        assertThat(defaults.log()).isEqualTo(Path.of("/srv/archive/db/logs/postgres.log"));
    }

    @Test
    void withersChangeOneThingEach() {
        PostgresSettings changed = defaults.withPort(5433).withOwnSession(true).withDeathSignal("sigint")
                .withServerSetting("shared_buffers", "64MB").withServerSetting("shared_buffers", "32MB")
                .withLog(Path.of("/var/log/archive/db.log"));

        assertThat(changed.port()).isEqualTo(5433);
        assertThat(changed.ownSession()).isTrue();
        assertThat(changed.deathSignal()).contains("INT");
        assertThat(changed.serverSettings()).containsExactly(Map.entry("shared_buffers", "32MB"));
        assertThat(changed.log()).isEqualTo(Path.of("/var/log/archive/db.log"));
        assertThat(changed.dataDir()).isEqualTo(defaults.dataDir());
        assertThat(changed.binaries()).isEqualTo(defaults.binaries());
    }

    @Test
    void refusesWhatTheServerWouldChokeOnOrWhatHasItsOwnPlace() {
        assertThatThrownBy(() -> defaults.withPort(70000)).hasMessageContaining("port");
        assertThatThrownBy(() -> defaults.withServerSetting("port", "5432"))
                .hasMessageContaining("set by LocalPostgres");
        assertThatThrownBy(() -> defaults.withServerSetting("listen_addresses", "*"))
                .hasMessageContaining("set by LocalPostgres");
        assertThatThrownBy(() -> defaults.withServerSetting("Max Connections", "5"))
                .hasMessageContaining("setting name");
        assertThatThrownBy(() -> defaults.withServerSetting("work_mem", "4MB\n-c fsync=off"))
                .hasMessageContaining("one-line");
        assertThatThrownBy(() -> defaults.withDeathSignal("SEGV")).hasMessageContaining("not a signal");
        assertThat(defaults.withServerSetting("auto_explain.log_min_duration", "250ms").serverSettings())
                .containsKey("auto_explain.log_min_duration");
    }
}
