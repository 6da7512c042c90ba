package org.primarysources.archive.core.account;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.MutableClock;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecentCredentialsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final RecentCredentials recent = new RecentCredentials(clock);

    @Test
    void remembersAValidPasswordForAWhile() {
        recent.remember("editor", "secret-password".toCharArray(), Set.of("editor"));

        assertThat(recent.groupsOf("editor", "secret-password".toCharArray())).containsExactly("editor");
        clock.now = clock.now.plus(RecentCredentials.TIME_TO_LIVE).plusSeconds(1);
        assertThat(recent.groupsOf("editor", "secret-password".toCharArray())).isNull();
    }

    @Test
    void anotherPasswordOrAnotherNameIsNotRemembered() {
        recent.remember("editor", "secret-password".toCharArray(), Set.of("editor"));

        assertThat(recent.groupsOf("editor", "secret-passwore".toCharArray())).isNull();
        assertThat(recent.groupsOf("editors", "ecret-password".toCharArray())).isNull();
    }

    @Test
    void forgettingAUserDropsTheirEntries() {
        recent.remember("editor", "secret-password".toCharArray(), Set.of("editor"));
        recent.forget("editor");

        assertThat(recent.groupsOf("editor", "secret-password".toCharArray())).isNull();
    }
}
