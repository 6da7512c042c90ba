package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainOptionsTest {

    @Test
    void parsesNameEqualsValueOptionsAndFlags() {
        MainOptions options = MainOptions.parse(new String[] {"start", "--home=/a=b", "--http-port=9200", "--fresh"},
                Set.of("home", "http-port", "heap"), Set.of("fresh", "quiet"));

        assertThat(options.command()).isEqualTo("start");
        assertThat(options.required("home")).isEqualTo("/a=b");
        assertThat(options.get("http-port", "0")).isEqualTo("9200");
        assertThat(options.get("heap", "512m")).isEqualTo("512m");
        assertThat(options.flag("fresh")).isTrue();
        assertThat(options.flag("quiet")).isFalse();
    }

    @Test
    void refusesOtherShapesUnknownNamesAndMissingValues() {
        Set<String> valued = Set.of("pid-file");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"stop", "--pid-file"}, valued, Set.of()))
                .hasMessageContaining("expected --name=value");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"stop", "--pidfile=x"}, valued, Set.of()))
                .hasMessageContaining("unknown option --pidfile for stop");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"stop"}, valued, Set.of()).required("pid-file"))
                .hasMessageContaining("missing --pid-file");
        assertThatThrownBy(() -> MainOptions.parse(new String[0], valued, Set.of())).hasMessageContaining("no command");
    }
}
