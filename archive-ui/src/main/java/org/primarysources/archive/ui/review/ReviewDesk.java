package org.primarysources.archive.ui.review;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.importing.OriginalFile;
import org.primarysources.archive.core.review.ChangeDetails;
import org.primarysources.archive.core.review.ChangeDiff;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangePage;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.review.CommentView;

/**
 * What the review pages ask of the archive: change requests, their differences and discussion, and moving them
 * through review. The archive decides who may do what; a refusal comes back as a {@link ForbiddenException} or
 * {@link ConflictException} with a message for the person who tried.
 */
public interface ReviewDesk {

    /** Change requests, optionally of one state, author and import (null: any), oldest import first. */
    ChangePage changes(ChangeState state, String author, Long importId, int page, int size);

    /** How many changes wait for an editor. */
    long inReview();

    ChangeDetails change(long id);

    /**
     * Each changed field before and after with its word-level difference; for a transcription its clauses aligned;
     * and, when the record moved on since the change was drafted, the three-way view of each field.
     */
    ChangeDiff diff(long id, boolean ignoreWhitespace, boolean ignoreDiacritics);

    ChangeDetails move(long id, ChangeMove move, Actor actor, String comment);

    CommentView comment(long id, String field, String body, Actor actor);

    /** Approves every change of an import that is in review; returns how many. */
    int approveImport(long importId, Actor actor, String comment);

    /** The file an import read, byte for byte (the drafts of an import are reviewed against it). */
    OriginalFile original(long importId);
}
