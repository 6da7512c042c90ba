package org.primarysources.archive.ui.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.importing.OriginalFile;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeDiff;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangePage;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.review.CommentView;

/** {@link ReviewDesk} answered by core's {@link Changes} and {@link Imports}. */
@ApplicationScoped
class ArchiveReviewDesk implements ReviewDesk {

    private final Changes changes;
    private final Imports imports;

    @Inject
    ArchiveReviewDesk(Changes changes, Imports imports) {
        this.changes = changes;
        this.imports = imports;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveReviewDesk() {
        this(null, null);
    }

    @Override
    public ChangePage changes(ChangeState state, String author, Long importId, int page, int size) {
        return changes.list(state, author, importId, page, size);
    }

    @Override
    public long inReview() {
        return changes.list(ChangeState.IN_REVIEW, null, null, 0, 1).total();
    }

    @Override
    public ChangeDetails change(long id) {
        return changes.get(id);
    }

    @Override
    public ChangeDiff diff(long id, boolean ignoreWhitespace, boolean ignoreDiacritics) {
        return changes.diff(id, ignoreWhitespace, ignoreDiacritics);
    }

    @Override
    public ChangeDetails move(long id, ChangeMove move, Actor actor, String comment) {
        return changes.move(id, move, actor, comment);
    }

    @Override
    public CommentView comment(long id, String field, String body, Actor actor) {
        return changes.comment(id, field, body, actor);
    }

    @Override
    public int approveImport(long importId, Actor actor, String comment) {
        return imports.approve(importId, actor, comment);
    }

    @Override
    public OriginalFile original(long importId) {
        return imports.original(importId);
    }
}
