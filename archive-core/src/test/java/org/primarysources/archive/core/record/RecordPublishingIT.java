package org.primarysources.archive.core.record;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.audit.AuditWiring;
import org.primarysources.archive.core.audit.Finding;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.core.record.RecordContents.aClause;
import static org.primarysources.archive.core.record.RecordContents.aQuote;
import static org.primarysources.archive.core.record.RecordContents.anEntity;

/** Publishing, reading, versioning and auditing records, on PostgreSQL. */
class RecordPublishingIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final String TRANSCRIPTION = """
            Stalin, though nervous, replied “No matter if you take Vilnius or not, Soviet troops will enter \
            Lithuania anyway.” Lithuanian territory west of the Šešupė River would be ceded.
            Article VII: Sovereignty is not affected by this treaty
            Article VIII: Articles II to VII are valid for a period of 15 years""";

    private final List<RecordPublished> events = new ArrayList<>();

    @Test
    void publishesVerifiesVersionsAndAudits() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = in(db, s -> {
                long id = s.sources.open();
                s.sources.publish(new PublishSource(id, 0, new SourceContent(
                        "Soviet–Lithuanian Mutual Assistance Treaty",
                        SourceType.ENCYCLOPEDIA_ARTICLE, PartialDate.parse("1939-10-10"), List.of("en"), null, null,
                        null, "CC BY-SA 4.0", List.of("Treaties"), TRANSCRIPTION), Activity.IMPORT, "archivist",
                        "editor", null, null));
                return id;
            });
            RecordDetails stalin = in(db, s -> s.records.publish(publish(null, null, anEntity(sourceId,
                    "Joseph Stalin", "Soviet politician").alsoNamed("Dzhugashvili").type(EntityType.PERSON).build())));
            RecordDetails quote = in(db, s -> s.records.publish(publish(null, null, aQuote(sourceId,
                    "No matter if you take Vilnius or not, Soviet troops will enter Lithuania anyway.")
                    .saidBy(stalin.id(), Attribution.PROBABLE).on("1939-10-03", "Moscow negotiations")
                    .citing(new CitationInput(1, null, null,
                            "\"No matter if you take Vilnius or not, Soviet troops will enter Lithuania anyway.\"",
                            "nervous, replied", null)).build())));
            RecordDetails clause = in(db, s -> s.records.publish(publish(null, null, clause(sourceId,
                    "Sovereignty is not affected by this treaty"))));

            assertThat(quote.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(quote.speaker().name()).isEqualTo("Joseph Stalin");
            assertThat(quote.citations().get(0).start()).isEqualTo(TRANSCRIPTION.indexOf("“No matter"));
            assertThat(quote.citations().get(0).end()).isEqualTo(TRANSCRIPTION.indexOf(" Lithuanian territory"));
            assertThat(clause.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(clause.citations().get(0).textHash()).hasSize(64);
            assertThat(stalin.verification()).isNull();

            RecordDetails edited = in(db, s -> s.records.publish(publish(clause.id(), 1, clause(sourceId,
                    "Sovereignty is not affected by this treaty."))));
            assertThat(edited.version()).isEqualTo(2);
            assertThat(edited.verification()).isEqualTo(Verification.NOT_FOUND);
            assertThatThrownBy(() -> in(db, s -> s.records.publish(publish(clause.id(), 1, clause(sourceId, "x")))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
            assertThatThrownBy(() -> in(db, s -> s.records.publish(new PublishRecord(null, null,
                    clause(sourceId, "y"), Activity.EDIT, "editor", "editor", null, null))))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> in(db, s -> s.records.publish(publish(null, null,
                    aQuote(sourceId, "z").language(null).saidBy(clause.id(), null).build()))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("speaker");

            RecordDetails retracted = in(db, s -> s.records.retract(new RetractRecord(quote.id(), 1, "archivist",
                    "editor", null)));
            assertThat(retracted.retracted()).isTrue();
            assertThat(retracted.activity()).isEqualTo(Activity.RETRACTION);

            RecordPage quotes = in(db, s -> s.records.page(RecordKind.QUOTE, sourceId, 0, 10));
            RecordPage all = in(db, s -> s.records.page(null, null, 0, 10));
            assertThat(quotes.total()).isZero();
            assertThat(all.total()).isEqualTo(2);
            List<VersionSummary> chain = in(db, s -> s.records.versions(clause.id()));
            assertThat(chain).extracting(VersionSummary::version).containsExactly(1, 2);
            assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
            assertThat(in(db, s -> s.records.version(clause.id(), 1)).text())
                    .isEqualTo("Sovereignty is not affected by this treaty");
            assertThat(events).extracting(RecordPublished::recordId)
                    .containsExactly(stalin.id(), quote.id(), clause.id(), clause.id(), quote.id());

            AuditReport before = in(db, s -> AuditWiring.audit(s.em, s.sources, s.records).run());
            assertThat(before.intact()).isTrue();
            assertThat(before.recordVersions()).isEqualTo(5);

            try (Connection c = db.dataSource().getConnection(); Statement sql = c.createStatement()) {
                sql.executeUpdate("UPDATE record_version SET content = REPLACE(content, 'Sovereignty', 'Suzerainty')"
                        + " WHERE record_id = " + clause.id() + " AND number = 1");
            }
            AuditReport after = in(db, s -> AuditWiring.audit(s.em, s.sources, s.records).run());
            assertThat(after.intact()).isFalse();
            assertThat(after.broken()).extracting(Finding::item, Finding::id, Finding::version)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("record", clause.id(), 1));
        }
    }

    private static RecordContent clause(long sourceId, String text) {
        return aClause(sourceId, text).label("Article VII").ordinal(7)
                .citing(new CitationInput(1, "article-locator", "VII", text, null, null)).build();
    }

    private static PublishRecord publish(Long id, Integer base, RecordContent content) {
        return new PublishRecord(id, base, content, id == null ? Activity.IMPORT : Activity.EDIT, "archivist",
                "editor", null, null);
    }

    private record Services(EntityManager em, Sources sources, Records records) {
    }

    private <T> T in(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, CLOCK);
            return work.apply(new Services(em, sources, RecordsWiring.records(em, sources, CLOCK, events)));
        });
    }
}
