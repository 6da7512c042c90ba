package org.primarysources.archive.core.review;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.core.record.RecordContents.aClause;

/** The review workflow against PostgreSQL, including editors racing each other. */
class ReviewIT {

    private static final Actor ARCHIVIST = new Actor("archivist", Set.of(Role.ARCHIVIST));
    private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));
    private static final Actor ADMIN_EDITOR = new Actor("admin", Set.of(Role.ADMIN, Role.EDITOR));
    private static final String TEXT = "Article VII: Sovereignty is not affected by this treaty";

    private final List<RecordPublished> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void draftReviewApproveRebaseAndRace() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = in(db, s -> {
                long id = s.sources.open();
                s.sources.publish(new PublishSource(id, 0, new SourceContent("Treaty", SourceType.TREATY, null,
                        List.of("en"), null, null, null, null, null, TEXT), Activity.IMPORT, "archivist", "editor",
                        null, null));
                return id;
            });

            ChangeDetails draft = in(db, s -> s.changes.propose(new ProposeChange(ChangeAction.CREATE, null, null,
                    clause(sourceId, "Sovereignty is not affected by this treaty"), "from the list"), ADMIN_EDITOR));
            long id = draft.change().id();
            assertThat(draft.change().state()).isEqualTo(ChangeState.DRAFT);
            in(db, s -> s.changes.move(id, ChangeMove.SUBMIT, ADMIN_EDITOR, null));

            assertThatThrownBy(() -> in(db, s -> s.changes.move(id, ChangeMove.APPROVE, ADMIN_EDITOR, "mine")))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> in(db, s -> s.changes.move(id, ChangeMove.APPROVE, ARCHIVIST, null)))
                    .isInstanceOf(ForbiddenException.class);
            in(db, s -> s.changes.comment(id, "text", "Check the wording against the treaty.", EDITOR));
            ChangeDetails approved = in(db, s -> s.changes.move(id, ChangeMove.APPROVE, EDITOR, "matches the list"));
            assertThat(approved.change().state()).isEqualTo(ChangeState.APPROVED);
            assertThat(approved.change().recordId()).isNotNull();
            assertThat(approved.comments()).extracting(CommentView::field).containsExactly("text");
            assertThat(approved.transitions()).extracting(TransitionView::to)
                    .containsExactly(ChangeState.IN_REVIEW, ChangeState.APPROVED);
            long recordId = approved.change().recordId();
            RecordDetails published = in(db, s -> s.records.details(recordId));
            assertThat(published.version()).isEqualTo(1);

            // two updates drafted against version 1: the second to be approved must rebase
            long first = in(db, s -> s.changes.propose(new ProposeChange(ChangeAction.UPDATE, recordId, 1,
                    clause(sourceId, "Sovereignty is not affected"), null), ARCHIVIST)).change().id();
            long second = in(db, s -> s.changes.propose(new ProposeChange(ChangeAction.UPDATE, recordId, 1,
                    clause(sourceId, "Sovereignty"), null), ARCHIVIST)).change().id();
            in(db, s -> s.changes.move(first, ChangeMove.SUBMIT, ARCHIVIST, null));
            in(db, s -> s.changes.move(second, ChangeMove.SUBMIT, ARCHIVIST, null));
            List<FieldDiff> diff = in(db, s -> s.changes.diff(first, false, false)).fields();
            assertThat(diff).anySatisfy(f -> assertThat(f.field()).isEqualTo("text"));
            in(db, s -> s.changes.move(first, ChangeMove.APPROVE, EDITOR, null));
            assertThatThrownBy(() -> in(db, s -> s.changes.move(second, ChangeMove.APPROVE, EDITOR, null)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("rebase");
            assertThat(in(db, s -> s.changes.get(second)).change().state()).isEqualTo(ChangeState.IN_REVIEW);
            ChangeDiff threeWay = in(db, s -> s.changes.diff(second, false, false));
            assertThat(threeWay.baseVersion()).isEqualTo(1);
            assertThat(threeWay.currentVersion()).isEqualTo(2);
            assertThat(threeWay.rebase()).extracting(ChangeDiff.ThreeWay::field).containsExactly("text", "citations");
            assertThat(threeWay.rebase().get(0)).satisfies(row -> {
                assertThat(row.base()).isEqualTo("Sovereignty is not affected by this treaty");
                assertThat(row.current()).isEqualTo("Sovereignty is not affected");
                assertThat(row.proposed()).isEqualTo("Sovereignty");
            });

            // 20 threads race on one change: exactly one approval wins, nobody sees an illegal state
            long raced = in(db, s -> s.changes.propose(new ProposeChange(ChangeAction.UPDATE, recordId, 2,
                    clause(sourceId, "Sovereignty is not affected by this treaty"), null), ARCHIVIST)).change().id();
            in(db, s -> s.changes.move(raced, ChangeMove.SUBMIT, ARCHIVIST, null));
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        if (n % 2 == 0) {
                            in(db, s -> s.changes.move(raced, ChangeMove.APPROVE,
                                    new Actor("editor" + n, Set.of(Role.EDITOR)), null));
                        } else {
                            in(db, s -> s.changes.edit(raced, new ProposeChange(null, null, 2,
                                    clause(sourceId, "edit " + n), null), ARCHIVIST));
                        }
                        return "ok";
                    } catch (ConflictException | jakarta.persistence.PessimisticLockException
                             | jakarta.persistence.OptimisticLockException
                             | jakarta.persistence.LockTimeoutException e) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(results).containsOnly("ok", "conflict");
            assertThat(results.stream().filter("ok"::equals)).hasSize(1);
            assertThat(in(db, s -> s.changes.get(raced)).change().state()).isEqualTo(ChangeState.APPROVED);
            List<org.primarysources.archive.core.history.VersionSummary> versions =
                    in(db, s -> s.records.versions(recordId));
            assertThat(versions).hasSize(3);
        }
    }

    private static RecordContent clause(long sourceId, String text) {
        return aClause(sourceId, text).label("Article VII").ordinal(7)
                .citing(new CitationInput(1, "article-locator", "VII", text, null, null)).build();
    }

    private record Services(Sources sources, Records records, Changes changes) {
    }

    private <T> T in(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Clock clock = Clock.systemUTC();
            Sources sources = SourcesWiring.sources(em, clock);
            Records records = RecordsWiring.records(em, sources, clock, events);
            return work.apply(new Services(sources, records, ChangesWiring.changes(em, sources, records, clock)));
        });
    }
}
