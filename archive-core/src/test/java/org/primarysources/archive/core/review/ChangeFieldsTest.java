package org.primarysources.archive.core.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFieldsTest {

    @Test
    void aLabelThatFitsIsKeptWhole() {
        assertThat(ChangeFields.shorten("Sovereignty", 80)).isEqualTo("Sovereignty");
        assertThat(ChangeFields.shorten("x".repeat(80), 80)).isEqualTo("x".repeat(80));
    }

    @Test
    void aLongerLabelIsCutSoThatItsEllipsisFitsToo() {
        assertThat(ChangeFields.shorten("x".repeat(81), 80)).isEqualTo("x".repeat(79) + "…");
        assertThat(ChangeFields.shorten("Sovereignty is not affected", 12)).isEqualTo("Sovereignty…");
    }
}
