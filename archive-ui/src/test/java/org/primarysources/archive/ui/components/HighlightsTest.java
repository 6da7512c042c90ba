package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.ui.components.Highlights.Piece;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

    @Test
    void marksOnlyTheMatchedWords() {
        assertThat(Highlights.pieces("west of the <mark>Šešupė</mark> River"))
                .containsExactly(new Piece("west of the ", false), new Piece("Šešupė", true),
                        new Piece(" River", false));
    }

    @Test
    void escapedMarkupComesBackAsTheCharactersItStandsFor() {
        assertThat(Highlights.pieces(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>&#268;&#x17d;</mark>"))
                .containsExactly(new Piece("<script>alert(\"x\")</script> & ", false), new Piece("ČŽ", true));
    }

    @Test
    void anyOtherTagIsShownAsText() {
        assertThat(Highlights.pieces("<b onmouseover=\"x()\">bold</b> <mark>word</mark>"))
                .containsExactly(new Piece("<b onmouseover=\"x()\">bold</b> ", false), new Piece("word", true));
    }

    @Test
    void renderedFragmentHoldsOnlyTextAndMarks() {
        Component fragment = Highlights.render("&lt;img src=x onerror=alert(1)&gt; <mark>Sesupe</mark>");

        assertThat(fragment.getChildren()).hasSize(2);
        assertThat(fragment.getChildren().toList().get(0)).isInstanceOf(Text.class);
        assertThat(fragment.getChildren().toList().get(1)).isInstanceOf(Mark.class);
        assertThat(fragment.getElement().getOuterHTML())
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img");
    }

    @Test
    void unknownEntitiesStayAsWritten() {
        assertThat(Highlights.unescape("&nbsp;&copy;&#xZZ;")).isEqualTo("&nbsp;&copy;&#xZZ;");
    }

    @Test
    void missingHighlightIsNothing() {
        assertThat(Highlights.pieces(null)).isEmpty();
        assertThat(Highlights.pieces("")).isEmpty();
    }
}
