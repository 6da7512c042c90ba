package org.primarysources.archive.core.audit;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.LogWiring;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;
import org.primarysources.archive.core.publicationlog.TestTimeStampAuthority;
import org.primarysources.archive.core.publicationlog.TimeStamps;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Witnessing: checkpoints time-stamped by an RFC 3161 authority (a real one, run inside the test), the tokens
 * stored and verified by the audit; an authority that is away holds nothing up and stamps later.
 */
class TimeStampingIT {

    @Test
    void checkpointsAreTimeStampedAndTheAuditVerifiesTheTokens() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestTimeStampAuthority tsa = TestTimeStampAuthority.start()) {
            TimeStamps stamps = TimeStamps.of(tsa.url(), tsa.certificate());
            publishASource(db, "A treaty");

            Instant before = Instant.now().minusSeconds(1);
            StoredCheckpoint checkpoint = db.fromTransaction(em -> checkpoints(em, stamps).makeIfGrown()).orElseThrow();

            assertThat(checkpoint.timestampToken()).isNotNull();
            assertThat(tsa.stamped()).isEqualTo(1);
            TimeStamps.Verdict verdict = stamps.verify(checkpoint.timestampToken(), checkpoint.note());
            assertThat(verdict.verified()).as(verdict.problem()).isTrue();
            assertThat(verdict.time()).isBetween(before, Instant.now().plusSeconds(1));
            AuditReport report = audit(db, stamps);
            assertThat(report.intact()).as(report.toString()).isTrue();

            // a token of another text put in its place
            publishASource(db, "Another treaty");
            StoredCheckpoint second = db.fromTransaction(em -> checkpoints(em, stamps).makeIfGrown()).orElseThrow();
            sql(db, "UPDATE log_checkpoint SET timestamp_token = (SELECT timestamp_token FROM log_checkpoint WHERE size = "
                    + second.size() + ") WHERE size = " + checkpoint.size());

            assertThat(audit(db, stamps).broken()).extracting(Finding::item, Finding::id, Finding::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("log", checkpoint.size(),
                            "checkpoint " + checkpoint.size() + ": its time stamp is of another text"));
        }
    }

    @Test
    void anAuthorityThatIsAwayHoldsNothingUpAndStampsLater() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestTimeStampAuthority tsa = TestTimeStampAuthority.start()) {
            TimeStamps away = TimeStamps.of(URI.create("http://127.0.0.1:" + closedPort() + "/tsa"),
                    tsa.certificate());
            publishASource(db, "A treaty");

            StoredCheckpoint unstamped = db.fromTransaction(em -> checkpoints(em, away).makeIfGrown()).orElseThrow();
            assertThat(unstamped.timestampToken()).isNull();

            TimeStamps back = TimeStamps.of(tsa.url(), tsa.certificate());
            db.inTransaction(em -> checkpoints(em, back).stampLatestIfMissing());

            Optional<StoredCheckpoint> stamped = db.fromTransaction(em -> checkpoints(em, back).latest());
            assertThat(stamped).get().extracting(StoredCheckpoint::timestampToken).isNotNull();
            assertThat(tsa.stamped()).isEqualTo(1);
            assertThat(audit(db, back).intact()).isTrue();
        }
    }

    @Test
    void aTokenFromAnotherAuthorityDoesNotVerifyAgainstTheTrustedCertificate() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestTimeStampAuthority trusted = TestTimeStampAuthority.start();
             TestTimeStampAuthority other = TestTimeStampAuthority.start()) {
            publishASource(db, "A treaty");
            StoredCheckpoint checkpoint = db.fromTransaction(em -> checkpoints(em,
                    TimeStamps.of(other.url(), null)).makeIfGrown()).orElseThrow();

            TimeStamps.Verdict verdict = TimeStamps.of(trusted.url(), trusted.certificate())
                    .verify(checkpoint.timestampToken(), checkpoint.note());

            assertThat(verdict.verified()).isFalse();
            assertThat(verdict.problem()).startsWith("its time stamp does not verify");
        }
    }

    private static Checkpoints checkpoints(jakarta.persistence.EntityManager em, TimeStamps stamps) {
        return LogWiring.checkpoints(em, LogWiring.testSigning(), stamps, Clock.systemUTC());
    }

    private static void publishASource(TestDatabase db, String title) {
        db.inTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, Clock.systemUTC());
            long id = sources.open();
            sources.publish(new PublishSource(id, 0, new SourceContent(title, SourceType.ENCYCLOPEDIA_ARTICLE,
                    PartialDate.parse("1939"), List.of("en"), null, null, null, null, List.of(), "Text of " + title),
                    Activity.IMPORT, "archivist", "editor", null, null));
        });
    }

    private static AuditReport audit(TestDatabase db, TimeStamps stamps) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, Clock.systemUTC());
            return AuditWiring.audit(em, sources, RecordsWiring.records(em, sources, Clock.systemUTC(),
                    new ArrayList<>()), LogWiring.testSigning(), stamps).run();
        });
    }

    private static int closedPort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sql(TestDatabase db, String statement) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

}
