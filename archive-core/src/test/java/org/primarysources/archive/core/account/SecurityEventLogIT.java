package org.primarysources.archive.core.account;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.platform.MutableClock;
import org.primarysources.archive.core.platform.TestDatabase;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The security event log as stored on PostgreSQL: what an attacker typed is kept, readable and cut to fit. */
class SecurityEventLogIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00.123456Z"));

    @Test
    void keepsEntriesInTheOrderWrittenAndReadsOnFromAGivenOne() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            String hostileName = "admin\u0000\r\n' OR 1=1 --" + "x".repeat(200);
            db.inTransaction(em -> {
                SecurityEvents events = new SecurityEvents(em, clock);
                events.record(SecurityEventKind.SIGN_IN_FAILED, hostileName, "192.0.2.10", null);
                events.record(SecurityEventKind.ACCOUNT_LOCKED, "editor", "192.0.2.10", "locked for 15 min");
                events.record(SecurityEventKind.LOCK_ENDED, "editor", null, "ended by admin");
            });

            List<SecurityEventSummary> all = db.fromTransaction(em -> new SecurityEvents(em, clock).after(0, 10));
            List<SecurityEventSummary> later = db.fromTransaction(em ->
                    new SecurityEvents(em, clock).after(all.get(0).id(), 1));

            assertThat(all).extracting(SecurityEventSummary::kind).containsExactly(SecurityEventKind.SIGN_IN_FAILED,
                    SecurityEventKind.ACCOUNT_LOCKED, SecurityEventKind.LOCK_ENDED);
            assertThat(all.get(0).username()).startsWith("admin???' OR 1=1 --").hasSize(SecurityEvent.MAX_NAME);
            assertThat(all.get(0).occurredAt()).isEqualTo(clock.now);
            assertThat(all.get(2).address()).isNull();
            assertThat(later).extracting(SecurityEventSummary::kind).containsExactly(SecurityEventKind.ACCOUNT_LOCKED);
        }
    }

    @Test
    void aPageOutsideItsBoundsIsInvalidInput() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> db.fromTransaction(em -> new SecurityEvents(em, clock).after(0, 0)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> db.fromTransaction(em -> new SecurityEvents(em, clock).after(0, 1_001)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
