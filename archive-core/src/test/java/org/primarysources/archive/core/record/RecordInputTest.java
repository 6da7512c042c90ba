package org.primarysources.archive.core.record;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API input becomes the content of its kind; a field of another kind is refused at that field. */
class RecordInputTest {

    @Test
    void eachKindBecomesItsOwnShape() {
        assertThat(input("CLAUSE", "Article VII", null, null).toContent())
                .isEqualTo(new ClauseContent(3, "Article VII", null, "Words.", null, List.of(), null, List.of()));
        assertThat(input("quote", null, 12L, null).toContent())
                .isEqualTo(new QuoteContent(3, "Words.", null, List.of(), 12L, null, null, null, List.of()));
        assertThat(input("Entity", null, null, "Šešupė").toContent())
                .isEqualTo(new EntityContent(3, "Šešupė", List.of(), null, "Words.", null, List.of()));
    }

    @Test
    void aQuoteHasNoArticleLabel() {
        assertThatThrownBy(() -> input("QUOTE", "Article VII", null, null).toContent())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("record.label"))
                .hasMessageContaining("a quote has no label");
    }

    @Test
    void aClauseHasNoSpeaker() {
        assertThatThrownBy(() -> input("CLAUSE", null, 12L, null).toContent())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("record.speakerId"));
    }

    @Test
    void anEntityHasNoSpeakerAndAClauseNoName() {
        assertThatThrownBy(() -> input("ENTITY", null, 12L, "Šešupė").toContent())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("record.speakerId"));
        assertThatThrownBy(() -> input("CLAUSE", null, null, "Šešupė").toContent())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("record.name"));
    }

    @Test
    void aKindThatIsNoRecordIsRefused() {
        assertThatThrownBy(() -> input("SOURCE", null, null, null).toContent())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    private static RecordInput input(String kind, String label, Long speakerId, String name) {
        return new RecordInput(kind, 3L, label, null, "Words.", null, null, null, null, speakerId, null, null, null,
                name, null, null, null);
    }
}
