package org.primarysources.archive.core.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.core.record.RecordContents.aQuote;

/** Every state × every move: the legal ones land where the workflow says, the others are conflicts. */
class ChangeStateTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    /** The workflow, written out independently of ChangeState's own table. */
    private static final Map<ChangeState, Map<ChangeMove, ChangeState>> LEGAL = Map.of(
            ChangeState.DRAFT, Map.of(ChangeMove.EDIT, ChangeState.DRAFT, ChangeMove.SUBMIT, ChangeState.IN_REVIEW,
                    ChangeMove.WITHDRAW, ChangeState.WITHDRAWN),
            ChangeState.IN_REVIEW, Map.of(ChangeMove.APPROVE, ChangeState.APPROVED,
                    ChangeMove.REQUEST_CHANGES, ChangeState.CHANGES_REQUESTED, ChangeMove.REJECT, ChangeState.REJECTED,
                    ChangeMove.WITHDRAW, ChangeState.WITHDRAWN),
            ChangeState.CHANGES_REQUESTED, Map.of(ChangeMove.EDIT, ChangeState.CHANGES_REQUESTED,
                    ChangeMove.SUBMIT, ChangeState.IN_REVIEW, ChangeMove.WITHDRAW, ChangeState.WITHDRAWN));

    static Stream<Arguments> everyStateAndMove() {
        List<Arguments> all = new ArrayList<>();
        for (ChangeState state : ChangeState.values()) {
            for (ChangeMove move : ChangeMove.values()) {
                all.add(Arguments.of(state, move));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndMove")
    void movesFollowTheWorkflow(ChangeState state, ChangeMove move) {
        ChangeState expected = LEGAL.getOrDefault(state, Map.of()).get(move);
        ChangeRequest change = changeIn(state);
        String actor = move == ChangeMove.APPROVE || move == ChangeMove.REQUEST_CHANGES || move == ChangeMove.REJECT
                ? "editor" : "archivist";

        if (expected == null) {
            assertThatThrownBy(() -> change.move(move, actor, true, NOW)).isInstanceOf(ConflictException.class);
            assertThat(change.state()).isEqualTo(state);
        } else {
            assertThat(change.move(move, actor, true, NOW)).isEqualTo(state);
            assertThat(change.state()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "the author cannot {0} their own change")
    @org.junit.jupiter.params.provider.EnumSource(value = ChangeMove.class,
            names = {"APPROVE", "REQUEST_CHANGES", "REJECT"})
    void nobodyReviewsTheirOwnChangeWhateverTheirRoles(ChangeMove move) {
        ChangeRequest change = changeIn(ChangeState.IN_REVIEW);

        assertThatThrownBy(() -> change.move(move, "archivist", true, NOW)).isInstanceOf(ForbiddenException.class);
        assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
    }

    @ParameterizedTest(name = "someone else cannot {0} the author's change")
    @org.junit.jupiter.params.provider.EnumSource(value = ChangeMove.class, names = {"EDIT", "SUBMIT", "WITHDRAW"})
    void onlyTheAuthorDraftsSubmitsAndWithdraws(ChangeMove move) {
        ChangeRequest change = changeIn(ChangeState.DRAFT);

        assertThatThrownBy(() -> change.move(move, "editor", true, NOW)).isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = ChangeMove.class,
            names = {"APPROVE", "REQUEST_CHANGES", "REJECT"})
    void reviewingNeedsTheEditorRole(ChangeMove move) {
        ChangeRequest change = changeIn(ChangeState.IN_REVIEW);

        assertThatThrownBy(() -> change.move(move, "admin", false, NOW)).isInstanceOf(ForbiddenException.class);
    }

    /** Walks a new change by legal moves to the wanted state. */
    private static ChangeRequest changeIn(ChangeState state) {
        ChangeRequest change = ChangeRequest.forRecord(ChangeAction.CREATE, null, null,
                aQuote(1L, "Whether you agree or not.").build(), Drafted.byHand("archivist", null, NOW));
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> change.move(ChangeMove.SUBMIT, "archivist", false, NOW);
            case APPROVED, CHANGES_REQUESTED, REJECTED -> {
                change.move(ChangeMove.SUBMIT, "archivist", false, NOW);
                change.move(state == ChangeState.APPROVED ? ChangeMove.APPROVE
                        : state == ChangeState.REJECTED ? ChangeMove.REJECT : ChangeMove.REQUEST_CHANGES,
                        "editor", true, NOW);
            }
            case WITHDRAWN -> change.move(ChangeMove.WITHDRAW, "archivist", false, NOW);
        }
        assertThat(change.state()).isEqualTo(state);
        return change;
    }
}
