package org.primarysources.archive.core.review;

import java.util.List;

/**
 * What an editor reads before approving: each field before/after with a word diff; for a transcription, its
 * clauses aligned; and when the record moved on since the change was drafted, the three-way difference
 * (base the author saw, current published, proposed) of each field that differs — the change needs a rebase.
 */
public record ChangeDiff(List<FieldDiff> fields, List<ClauseAlignment.ClauseDiff> clauses, Integer baseVersion,
                         Integer currentVersion, List<ThreeWay> rebase) {

    /** One field as the author saw it, as it is now, and as the change proposes it. */
    public record ThreeWay(String field, String base, String current, String proposed) {
    }
}
