package org.primarysources.archive.ui.source;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.layout.NotFoundView;
import org.primarysources.archive.ui.record.RecordView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeSecurityContext;
import org.primarysources.archive.ui.testing.FakeSourceCatalogue;
import org.primarysources.archive.ui.testing.RecordBuilder;
import org.primarysources.archive.ui.testing.SourceBuilder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SourceViewTest {

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private static void open(FakeSourceCatalogue catalogue, String location) {
        ArchiveUi.start(FakeSecurityContext.anonymous(), catalogue);
        ArchiveUi.open(location);
    }

    @Test
    void anonymousVisitorReadsTheSourcesTitleAndWhatItIs() {
        open(FakeSourceCatalogue.sample(), "sources/3");

        assertThat(ArchiveUi.currentPage()).isEqualTo(SourceView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(RecordBuilder.TREATY.title());
        String page = _get(SourceView.class).getElement().getOuterHTML();
        assertThat(page).contains("Treaty").contains("1939-10-10").contains("English (en)")
                .contains("Lithuanian Central State Archives").contains("F. 383, ap. 7, b. 2144")
                .contains("CC BY-SA 4.0").contains("Soviet–Lithuanian relations");
        SourceDetails treaty = SourceBuilder.theTreaty().build();
        assertThat(page).contains("title=\"" + treaty.transcriptionHash() + "\"")
                .contains("title=\"" + treaty.hash() + "\"");
    }

    @Test
    void transcriptionMarksEachClauseAndQuoteAndLeadsToItsRecord() {
        open(FakeSourceCatalogue.sample(), "sources/3");

        List<Mark> marks = _find(_get(Div.class, spec -> spec.withId("archive-transcription")), Mark.class);

        assertThat(marks).extracting(SourceViewTest::text).containsExactly(
                "The enforcement of this treaty shall in no way affect the sovereign rights of the contracting "
                        + "parties.",
                "virtual sacrifice of independence.");
        assertThat(marks).extracting(mark -> _get(mark, RouterLink.class).getHref())
                .containsExactly("records/7", "records/1");
        assertThat(_get(Div.class, spec -> spec.withId("archive-transcription")).getElement().getTextRecursively())
                .isEqualTo(SourceBuilder.TREATY_TEXT);
    }

    @Test
    void listsTheClausesAndQuotesTakenFromTheSource() {
        open(FakeSourceCatalogue.sample(), "sources/3");

        List<ListItem> items = _find(ListItem.class, spec -> spec.withClasses("archive-source-record"));

        assertThat(items).extracting(item -> _get(item, RouterLink.class).getHref())
                .containsExactly("records/1", "records/7");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Article VII").contains("article VII");
    }

    @Test
    void markupInATranscriptionIsShownAsItsCharactersAndRunsNothing() {
        SourceDetails hostile = SourceBuilder.theTreaty().id(40).title("<img src=x onerror=alert(1)>")
                .transcription("Before <script>alert('x')</script> and <b>bold</b> after.")
                .url("javascript:alert(1)").build();
        RecordDetails quote = SourceBuilder.quoting(RecordBuilder.aQuote().id(41), hostile,
                "<script>alert('x')</script>");
        FakeSourceCatalogue catalogue = new FakeSourceCatalogue().with(hostile)
                .withRecords(quote);
        open(catalogue, "sources/40");

        String page = _get(SourceView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img")
                .doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;").contains("&lt;b&gt;bold&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("javascript:alert(1)");
        assertThat(text(_get(Mark.class))).isEqualTo("<script>alert('x')</script>");
        assertThat(_find(Anchor.class)).noneSatisfy(anchor -> assertThat(anchor.getHref()).startsWith("javascript"));
    }

    @Test
    void aWebAddressOfTheSourceIsALinkOutOfTheArchive() {
        open(FakeSourceCatalogue.sample(), "sources/3");

        Anchor online = _get(Anchor.class, spec -> spec.withText(
                "https://en.wikipedia.org/wiki/Soviet%E2%80%93Lithuanian_Mutual_Assistance_Treaty"));
        assertThat(online.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void aRecordCitingAnEarlierTextIsListedWithALinkToThatVersionWhereItIsMarked() {
        SourceDetails first = SourceBuilder.theTreaty().transcription("Article VII. Sovereignty stays.").build();
        SourceDetails second = SourceBuilder.theTreaty().version(2)
                .transcription("Article VII. Sovereignty stays untouched.").build();
        FakeSourceCatalogue catalogue = new FakeSourceCatalogue().with(first, second)
                .withRecords(SourceBuilder.quoting(RecordBuilder.aClause().id(7), first, "Sovereignty stays."));
        open(catalogue, "sources/3");

        assertNothingMarked();
        RouterLink toFirst = _get(RouterLink.class, spec -> spec.withText("read version 1"));
        assertThat(toFirst.getHref()).isEqualTo("sources/3?version=1");

        ArchiveUi.open("sources/3?version=1");

        assertThat(text(_get(Mark.class))).isEqualTo("Sovereignty stays.");
        assertThat(_get(SourceView.class).getElement().getTextRecursively())
                .contains("You are reading version 1 of this source.");
    }

    @Test
    void unknownSourceOrVersionSaysSo() {
        open(FakeSourceCatalogue.sample(), "sources/404");
        assertThat(ArchiveUi.currentPage()).isEqualTo(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");

        ArchiveUi.open("sources/3?version=9");
        assertThat(ArchiveUi.currentPage()).isEqualTo(NotFoundView.class);
    }

    @Test
    void recordPageLeadsToItsSource() {
        ArchiveUi.start(FakeSecurityContext.anonymous());
        ArchiveUi.open("records/1");

        RouterLink source = _get(_get(RecordView.class), RouterLink.class,
                spec -> spec.withText(RecordBuilder.TREATY.title()));
        assertThat(source.getHref()).isEqualTo("sources/3");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Read it in the source")).getHref())
                .isEqualTo("sources/3?version=1");
    }

    private static String text(Mark mark) {
        return mark.getElement().getTextRecursively();
    }

    private static void assertNothingMarked() {
        assertThat(_find(Mark.class)).isEmpty();
    }
}
