package org.primarysources.archive.core.review;

import org.primarysources.archive.core.error.ConflictException;

import java.util.Map;

/**
 * Where a change request stands, and — in one place — which move leads where. Any other move is a conflict.
 * <pre>
 * DRAFT ──submit──► IN_REVIEW ──approve──► APPROVED (applied: a new published version)
 *   ▲                  │ ├──request-changes──► CHANGES_REQUESTED ──submit──► IN_REVIEW
 *   edit               │ └──reject──► REJECTED
 * DRAFT, IN_REVIEW, CHANGES_REQUESTED ──withdraw──► WITHDRAWN
 * </pre>
 */
public enum ChangeState {
    DRAFT, IN_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED, WITHDRAWN;

    private static final Map<ChangeState, Map<ChangeMove, ChangeState>> MOVES = Map.of(
            DRAFT, Map.of(ChangeMove.EDIT, DRAFT, ChangeMove.SUBMIT, IN_REVIEW, ChangeMove.WITHDRAW, WITHDRAWN),
            IN_REVIEW, Map.of(ChangeMove.APPROVE, APPROVED, ChangeMove.REQUEST_CHANGES, CHANGES_REQUESTED,
                    ChangeMove.REJECT, REJECTED, ChangeMove.WITHDRAW, WITHDRAWN),
            CHANGES_REQUESTED, Map.of(ChangeMove.EDIT, CHANGES_REQUESTED, ChangeMove.SUBMIT, IN_REVIEW,
                    ChangeMove.WITHDRAW, WITHDRAWN),
            APPROVED, Map.of(),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of());

    /** The state after the move, or a conflict naming what is allowed instead. */
    public ChangeState after(ChangeMove move) {
        ChangeState next = MOVES.get(this).get(move);
        if (next == null) {
            throw new ConflictException("a change in state " + this + " cannot be " + move.pastTense()
                    + (MOVES.get(this).isEmpty() ? "; it is final" : "; allowed: " + MOVES.get(this).keySet()));
        }
        return next;
    }

    public boolean allows(ChangeMove move) {
        return MOVES.get(this).containsKey(move);
    }
}
