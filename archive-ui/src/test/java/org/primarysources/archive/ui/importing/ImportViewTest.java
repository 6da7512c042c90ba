package org.primarysources.archive.ui.importing;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.parsing.EncyclopediaArticleParser;
import org.primarysources.archive.core.parsing.ParsedArticle;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeImportDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest {

    /** A scraped article in the encyclopedia's format: links on their own lines, each followed by its gloss. */
    static final String ARTICLE = """
            The Treaty of Example was a bilateral treaty signed between the
            Soviet Union
            The Union of Soviet Socialist Republics (USSR), commonly known as the Soviet Union, was a transcontinental \
            country that spanned much of Eurasia from 1922 until 1991 ...
            and
            Lithuania
            Lithuania, officially the Republic of Lithuania, is a country in the Baltic region of Europe ...
            on October 10, 1939. The treaty was described as "virtual sacrifice of independence."
            Terms
            Article I: The Vilnius Region is transferred to Lithuania.
            Article II: Both parties render each other assistance against attacks.
            """;

    private final FakeImportDesk desk = new FakeImportDesk();

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void openAs(Role role) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", role), desk);
        ArchiveUi.open("import");
    }

    private static void upload(String fileName, byte[] content) {
        _upload(_get(Upload.class), fileName, "text/plain", content);
    }

    @Test
    void uploadShowsWhatWouldBeCreatedAndWritesNothing() {
        ParsedArticle expected = EncyclopediaArticleParser.parse(ARTICLE, null);
        openAs(Role.ARCHIVIST);

        upload("example.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(desk.calls()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-count-clauses")).getText())
                .isEqualTo(expected.clauses().size() + " clauses");
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-count-quotes")).getText())
                .isEqualTo(ImportPreview.count(expected.quotes().size(), "quote"));
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-count-entities")).getText())
                .isEqualTo(ImportPreview.count(expected.entities().size(), "entity", "entities"));
        String page = _get(ImportView.class).getElement().getOuterHTML();
        assertThat(page).contains(expected.title()).contains("Article I: ")
                .contains("The Vilnius Region is transferred to Lithuania.").contains("Soviet Union");
        assertThat(expected.clauses()).hasSize(2);
    }

    @Test
    void thePreviewListsWhatTheTranscriptionLeavesOutAndWhy() {
        String article = ARTICLE.replace("October 10, 1939.", "October 10, 1939.[1]") + "See also\n* Treaty of Tartu\n";
        openAs(Role.ARCHIVIST);

        upload("example.txt", article.getBytes(StandardCharsets.UTF_8));

        List<String> removed = _find(Span.class, spec -> spec.withClasses("archive-import-removal")).stream()
                .map(Span::getText).toList();
        assertThat(removed).hasSize(4);
        assertThat(removed.get(0)).startsWith("Gloss of Soviet Union — “The Union of Soviet Socialist Republics")
                .endsWith("…”");
        assertThat(removed.get(1)).isEqualTo("Gloss of Lithuania — “Lithuania, officially the Republic of Lithuania,"
                + " is a country in the Baltic region of Europe ...”");
        assertThat(removed.subList(2, 4)).containsExactly("Citation remnant — “[1]”",
                "End matter from “See also” — “See also * Treaty of Tartu”");
        assertThat(_find(Details.class).stream().map(Details::getSummaryText)).contains("Removed from the file:"
                + " 2 glosses, 1 citation remnant, 1 stretch of end matter (4)");
        assertThat(desk.calls()).isEmpty();
    }

    @Test
    void confirmingCreatesTheDraftsThenSubmittingLeadsToTheQueueOfThatImport() {
        openAs(Role.EDITOR);
        upload("example.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Language of the article")), "lt");

        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));
        _click(_get(Button.class, spec -> spec.withText("Submit all for review")));

        assertThat(desk.calls()).containsExactly("import example.txt titled null in lt by arno", "submit 7 by arno");
        RouterLink queue = _get(RouterLink.class, spec -> spec.withText("Open import 7 in the review queue"));
        assertThat(queue.getHref()).isEqualTo("review?import=7");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Submitted 6 changes for review.");
    }

    @Test
    void archivistWhoCannotOpenTheQueueFollowsTheImportInTheirOwnChanges() {
        openAs(Role.ARCHIVIST);
        upload("example.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));
        _click(_get(Button.class, spec -> spec.withText("Submit all for review")));

        assertThat(_get(RouterLink.class, spec -> spec.withText("Follow them in My changes")).getHref())
                .isEqualTo("my-changes?import=7");
    }

    @Test
    void aTitleGivenReplacesTheArticlesOwn() {
        openAs(Role.ARCHIVIST);
        upload("example.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Mutual Assistance (1939)");
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));

        assertThat(desk.calls()).containsExactly("import example.txt titled Mutual Assistance (1939) in null by arno");
    }

    @Test
    void aFileThatIsNotTextIsRefusedBeforeAnythingIsShown() {
        openAs(Role.ARCHIVIST);

        upload("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});

        assertThat(_get(ImportView.class).getElement().getOuterHTML())
                .contains("“scan.txt” cannot be imported: The file is binary (it contains NUL bytes), not text.");
        _assertNone(Button.class, spec -> spec.withText("Create the drafts"));
    }

    @Test
    void theSameFileTwiceIsRefusedInTheArchivesWords() {
        openAs(Role.ARCHIVIST);
        upload("example.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));
        _click(_get(Button.class, spec -> spec.withText("Submit all for review")));
        _click(_get(Button.class, spec -> spec.withText("Import another file")));

        upload("again.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));

        assertThat(_find(ImportView.class).get(0).getElement().getOuterHTML())
                .contains("This file was already imported as import 7 (source 3); nothing was changed.");
    }
}
