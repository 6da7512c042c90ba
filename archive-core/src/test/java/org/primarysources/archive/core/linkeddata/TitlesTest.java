package org.primarysources.archive.core.linkeddata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.clause;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.entity;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.quote;

class TitlesTest {

    @Test
    void aClauseIsNamedByItsLabelAndItsTreaty() {
        assertThat(Titles.of(clause(1))).isEqualTo("Article 3");
        assertThat(Titles.withSource(clause(1))).isEqualTo("Article 3 — Soviet–Lithuanian Mutual Assistance Treaty");
    }

    @Test
    void aQuoteIsNamedByItsFirstWordsAndItsSpeaker() {
        assertThat(Titles.withSource(quote()))
                .isEqualTo("“The sovereignty of Lithuania will not be affected in any…” — Vyacheslav Molotov");
    }

    @Test
    void anEntityIsNamedByItsNameAndWhereItIsNamed() {
        assertThat(Titles.withSource(entity()))
                .isEqualTo("Vyacheslav Molotov — Soviet–Lithuanian Mutual Assistance Treaty");
    }
}
