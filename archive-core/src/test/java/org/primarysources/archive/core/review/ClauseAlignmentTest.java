package org.primarysources.archive.core.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClauseAlignmentTest {

    private static final String BEFORE = """
            The treaty contained these articles:
            *Article I: Transfer of Vilnius Region to Lithuania
            *Article II: Mutual assistance in case of an attack
            *Article III: Soviet Union renders assistance to the Lithuanian Army
            *Article IV: Date of effect""";

    @Test
    void aMovedAndRenumberedArticleIsNotDeletedAndAdded() {
        String after = """
                The treaty contained these articles:
                *Article I: Transfer of Vilnius Region to Lithuania
                *Article II: Soviet Union renders assistance to the Lithuanian Army
                *Article III: Mutual assistance in case of an attack
                *Article IV: Date of effect
                *Article V: Secret supplement on troops""";

        List<ClauseAlignment.ClauseDiff> diffs = ClauseAlignment.align(BEFORE, after, false, false);

        assertThat(diffs).extracting(ClauseAlignment.ClauseDiff::status, ClauseAlignment.ClauseDiff::labelBefore,
                        ClauseAlignment.ClauseDiff::labelAfter)
                .containsExactly(
                        tuple(ClauseAlignment.Status.UNCHANGED, "Article I", "Article I"),
                        tuple(ClauseAlignment.Status.RENUMBERED, "Article II", "Article III"),
                        tuple(ClauseAlignment.Status.RENUMBERED, "Article III", "Article II"),
                        tuple(ClauseAlignment.Status.UNCHANGED, "Article IV", "Article IV"),
                        tuple(ClauseAlignment.Status.ADDED, null, "Article V"));
    }

    @Test
    void aRewordedArticleIsChangedWithAWordDiff() {
        String after = BEFORE.replace("Mutual assistance in case of an attack",
                "Mutual assistance in case of any attack");

        List<ClauseAlignment.ClauseDiff> diffs = ClauseAlignment.align(BEFORE, after, false, false);

        assertThat(diffs.get(1).status()).isEqualTo(ClauseAlignment.Status.CHANGED);
        assertThat(diffs.get(1).inline()).contains(new WordDiff.Segment(WordDiff.Op.DELETE, "an"),
                new WordDiff.Segment(WordDiff.Op.INSERT, "any"));
    }

    @Test
    void aRemovedArticleIsRemoved() {
        String after = BEFORE.replace("*Article IV: Date of effect", "");

        assertThat(ClauseAlignment.align(BEFORE, after, false, false))
                .filteredOn(d -> d.status() == ClauseAlignment.Status.REMOVED)
                .extracting(ClauseAlignment.ClauseDiff::labelBefore).containsExactly("Article IV");
    }
}
