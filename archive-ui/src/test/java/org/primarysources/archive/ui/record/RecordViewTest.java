package org.primarysources.archive.ui.record;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.ui.components.Blockquote;
import org.primarysources.archive.ui.components.Deleted;
import org.primarysources.archive.ui.components.Inserted;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.drafting.RecordDraftView;
import org.primarysources.archive.ui.layout.NotFoundView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeDraftingDesk;
import org.primarysources.archive.ui.testing.FakeRecordCatalogue;
import org.primarysources.archive.ui.testing.FakeSecurityContext;
import org.primarysources.archive.ui.testing.RecordBuilder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RecordViewTest {

    private static final RecordDetails QUOTE = RecordBuilder.aQuote().id(14)
            .text("Ob Sie einverstanden sind oder nicht, wir marschieren ein.").language("de")
            .translatedTo("en", "Whether you agree or not, we will march in.")
            .by("Joseph Stalin").on("1939-10-03")
            .citing("Stalin replied \"", "Ob Sie einverstanden sind oder nicht, wir marschieren ein.", "\" Urbšys")
            .build();

    private final FakeRecordCatalogue catalogue = new FakeRecordCatalogue().with(QUOTE);

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void open(String location) {
        ArchiveUi.start(FakeSecurityContext.anonymous(), catalogue);
        ArchiveUi.open(location);
    }

    @Test
    void showsTheWordsTheirTranslationSpeakerDateAndSource() {
        open("records/14");

        String page = _get(RecordView.class).getElement().getOuterHTML();
        assertThat(_get(H1.class).getText()).startsWith("“Ob Sie einverstanden");
        assertThat(page).contains("lang=\"de\"").contains("lang=\"en\"")
                .contains("Whether you agree or not, we will march in.")
                .contains("Joseph Stalin").contains("1939-10-03").contains(RecordBuilder.TREATY.title())
                .contains("Verified in source");
    }

    @Test
    void citedPassageMarksTheExactWordsInTheirContext() {
        open("records/14");

        Mark exact = _get(Mark.class);
        assertThat(exact.getText()).isEqualTo("Ob Sie einverstanden sind oder nicht, wir marschieren ein.");
        Paragraph passage = _get(Paragraph.class, spec -> spec.withClasses("archive-passage-text"));
        assertThat(passage.getElement().getTextRecursively())
                .isEqualTo("…Stalin replied \"Ob Sie einverstanden sind oder nicht, wir marschieren ein.\" Urbšys…");
    }

    @Test
    void citeShowsChicagoApaAndMlaPinnedToThisVersion() {
        open("records/14");

        _click(_get(Button.class, spec -> spec.withText("Cite")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_find(dialog, H3.class).stream().map(H3::getText))
                .containsExactly("Chicago", "APA", "MLA", "For reference managers");
        Paragraph chicago =
                _get(dialog, Paragraph.class, spec -> spec.withId("archive-citation-chicago-notes-bibliography"));
        assertThat(chicago.getText()).startsWith("chicago-notes-bibliography: Ob Sie")
                .endsWith(" https://archive.example.org/records/14/versions/1");
        assertThat(_get(dialog, Anchor.class, spec -> spec.withClasses("archive-cite-link")).getHref())
                .isEqualTo("https://archive.example.org/records/14/versions/1");
    }

    @Test
    void citationFilesComeFromTheApiAsDownloads() {
        open("records/14");
        _click(_get(Button.class, spec -> spec.withText("Cite")));

        List<Anchor> files = _find(_get(Dialog.class), Anchor.class, spec -> spec.withClasses("archive-download"));

        assertThat(files).extracting(Anchor::getHref).containsExactly("api/records/14/cite?format=bibtex",
                "api/records/14/cite?format=ris", "api/records/14/cite?format=csl-json");
        assertThat(files).extracting(anchor -> anchor.getElement().getAttribute("download"))
                .containsExactly("record-14-v1.bib", "record-14-v1.ris", "record-14-v1.json");
        assertThat(files).allSatisfy(anchor -> assertThat(anchor.isRouterIgnore()).isTrue());
    }

    @Test
    void copyHandsTheCitationToTheBrowsersClipboard() {
        open("records/14");
        _click(_get(Button.class, spec -> spec.withText("Cite")));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Copy the APA citation")));

        List<PendingJavaScriptInvocation> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(scripts).anySatisfy(script -> {
            assertThat(script.getInvocation().getExpression()).contains("navigator.clipboard.writeText($0)");
            assertThat(script.getInvocation().getParameters().get(0)).asString().startsWith("apa: Ob Sie");
        });
    }

    @Test
    void provenanceShowsEveryVersionWithTheWordsChangedSinceTheOneBefore() {
        catalogue.with(RecordBuilder.aQuote().id(14).version(2).activity(Activity.EDIT)
                .text("Ob Sie einverstanden sind oder nicht, wir marschieren trotzdem ein.").language("de").build());
        open("records/14");

        assertThat(_find(H3.class).stream().map(H3::getText)).containsSequence("Version 2", "Version 1");
        assertThat(_get(Inserted.class).getText()).isEqualTo("trotzdem ");
        _assertNone(Deleted.class);
        assertThat(_find(Code.class)).extracting(Code::getText).allSatisfy(hash -> assertThat(hash).hasSize(12));
        String page = _get(RecordView.class).getElement().getOuterHTML();
        assertThat(page).contains("Edit").contains("Import").contains("archivist").contains("editor")
                .contains("The first published version.");
    }

    @Test
    void entitiesAreNotCited() {
        catalogue.with(RecordBuilder.anEntity().id(20).build());
        open("records/20");

        assertThat(_get(H1.class).getText()).isEqualTo("Šešupė");
        _assertNone(Button.class, spec -> spec.withText("Cite"));
    }

    @Test
    void archivistsMayEditARecordAndNobodyElseSeesTheButton() {
        for (FakeSecurityContext reader : List.of(FakeSecurityContext.anonymous(),
                FakeSecurityContext.signedInAs("rita", Role.RESEARCHER),
                FakeSecurityContext.signedInAs("eda", Role.EDITOR))) {
            ArchiveUi.start(reader, catalogue);
            ArchiveUi.open("records/14");
            _assertNone(Button.class, spec -> spec.withText("Edit"));
            ArchiveUi.stop();
        }
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST), catalogue,
                FakeDraftingDesk.sample().withRecord(QUOTE));
        ArchiveUi.open("records/14");

        _click(_get(Button.class, spec -> spec.withText("Edit")));

        assertThat(ArchiveUi.currentLocation()).isEqualTo("records/14/edit");
        assertThat(ArchiveUi.currentPage()).isEqualTo(RecordDraftView.class);
    }

    @Test
    void aRetractedRecordCannotBeEdited() {
        catalogue.with(RecordBuilder.aQuote().id(14).version(2).retracted().text(QUOTE.text()).build());
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST), catalogue);
        ArchiveUi.open("records/14");

        _assertNone(Button.class, spec -> spec.withText("Edit"));
    }

    @Test
    void unknownRecordOrVersionIsNotFound() {
        open("records/404");
        assertThat(ArchiveUi.currentPage()).isEqualTo(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");

        ArchiveUi.open("records/14/versions/9");
        assertThat(ArchiveUi.currentPage()).isEqualTo(NotFoundView.class);

        ArchiveUi.open("records/not-a-number/versions/1");
        assertThat(ArchiveUi.currentPage()).isEqualTo(NotFoundView.class);
    }

    @Test
    void anEarlierVersionsPageShowsThatVersionAndLeadsToTheNewest() {
        catalogue.with(RecordBuilder.aQuote().id(14).version(2).language("de").by("Joseph Stalin")
                .text("Ob Sie einverstanden sind oder nicht, wir marschieren jetzt ein.").build());
        open("records/14/versions/1");

        RecordVersionView page = _get(RecordVersionView.class);
        assertThat(_get(page, Blockquote.class, spec -> spec.withClasses("archive-record-text")).getElement()
                .getTextRecursively()).isEqualTo(QUOTE.text());
        assertThat(page.getElement().getTextRecursively()).contains("You are reading version 1 of this record");
        RouterLink toNewest = _get(page, RouterLink.class, spec -> spec.withClasses("archive-version-banner-link"));
        assertThat(toNewest.getHref()).isEqualTo("records/14");
        assertThat(page.getPageTitle()).isEqualTo("“Ob Sie einverstanden sind oder nicht, wir marschieren ein.” — "
                + "Joseph Stalin (version 1) – Archive");

        ArchiveUi.open(toNewest.getHref());
        assertThat(_get(RecordView.class).getElement().getTextRecursively()).contains("wir marschieren jetzt ein")
                .doesNotContain("You are reading version");
    }

    @Test
    void theNewestVersionsPageHasNoBannerAndCitesItself() {
        open("records/14/versions/1");

        assertThat(_get(RecordVersionView.class).getElement().getTextRecursively())
                .doesNotContain("You are reading version");
        _click(_get(Button.class, spec -> spec.withText("Cite")));
        assertThat(_get(_get(Dialog.class), Anchor.class, spec -> spec.withClasses("archive-cite-link")).getHref())
                .isEqualTo("https://archive.example.org/records/14/versions/1");
    }

    @Test
    void thePageLinksToTheVersionInTheApi() {
        open("records/14");

        assertThat(_find(_get(RecordView.class), Anchor.class, spec -> spec.withClasses("archive-api-link")))
                .extracting(Anchor::getHref)
                .containsExactly("api/records/14/versions/1", "api/records/14/provenance");
    }

    @Test
    void retractedRecordSaysSoAndKeepsItsHistory() {
        catalogue.with(RecordBuilder.aQuote().id(14).version(2).language("de").retracted()
                .text(QUOTE.text()).build());
        open("records/14");

        String page = _get(RecordView.class).getElement().getOuterHTML();
        assertThat(page).contains("This record was retracted").contains("Retracted; the text is unchanged.");
    }

    @Test
    void markupInAQuoteIsShownAsItsCharactersAndRunsNothing() {
        catalogue.with(RecordBuilder.aQuote().id(30).text("<script>alert('x')</script> said <b>nothing</b>")
                .by("<img src=x onerror=alert(1)>").citing("<i>", "<script>alert('x')</script>", "</i>").build());
        open("records/30");

        String page = _get(RecordView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
