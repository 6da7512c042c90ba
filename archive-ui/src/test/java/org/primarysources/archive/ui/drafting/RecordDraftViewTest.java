package org.primarysources.archive.ui.drafting;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.EntityContent;
import org.primarysources.archive.core.record.QuoteContent;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.review.ChangeAction;
import org.primarysources.archive.core.review.ProposeChange;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.ui.components.Mark;
import org.primarysources.archive.ui.layout.AccessDeniedView;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeDraftingDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;
import org.primarysources.archive.ui.testing.RecordBuilder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RecordDraftViewTest {

    private static final String TEXT = FakeDraftingDesk.TREATY_TEXT;

    private final FakeDraftingDesk desk = FakeDraftingDesk.sample()
            .withRecord(RecordBuilder.aClause().id(7).version(3)
                    .citing("Article VII. ", "Sovereignty is not affected by this treaty.", "\nArticle VIII").build());

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void openAsArchivist(String location) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST), desk);
        ArchiveUi.open(location);
    }

    @SuppressWarnings("unchecked")
    private static void chooseKind(RecordKind kind) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind")), kind);
    }

    private static TextArea textArea(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static TextField textField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    /** Selects the words in the transcription as a browser reports it: UTF-16 offsets into its text. */
    private static void selectInTranscription(String words) {
        selectIn(TEXT, words);
    }

    private static void selectIn(String transcription, String words) {
        int from = transcription.indexOf(words);
        _get(PassagePicker.class).select(from, from + words.length());
    }

    private static void click(String button) {
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    private ProposeChange onlyProposal() {
        assertThat(desk.proposed()).hasSize(1);
        return desk.proposed().get(0);
    }

    @Test
    void archivistProposesAQuoteCitingTheWordsSelectedInTheTranscriptionAndSubmitsIt() {
        openAsArchivist("records/new");

        chooseKind(RecordKind.QUOTE);
        _setValue(textArea("Text"), "The Šešupė river marks the line");
        _setValue(textField("Language"), "en");
        _setValue(comboBox("Speaker"), new Reference(99, "Joseph Stalin"));
        _setValue(textField("Date"), "1939-10-03");
        selectInTranscription("Šešupė river marks the line; 𝔄 sovereignty");
        _setValue(comboBox("Locator"), "article-locator");
        _setValue(textField("At"), "VII");
        _setValue(textArea("Note to the editors (optional)"), "From the Moscow talks.");
        click("Submit for review");

        ProposeChange proposal = onlyProposal();
        assertThat(proposal.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(proposal.recordId()).isNull();
        assertThat(proposal.baseVersion()).isNull();
        assertThat(proposal.note()).isEqualTo("From the Moscow talks.");
        QuoteContent record = as(QuoteContent.class, proposal.record());
        assertThat(record.kind()).isEqualTo(RecordKind.QUOTE);
        assertThat(record.sourceId()).isEqualTo(RecordBuilder.TREATY.id());
        assertThat(record.speakerId()).isEqualTo(99L);
        assertThat(record.date()).hasToString("1939-10-03");
        assertThat(record.citations()).containsExactly(new CitationInput(2, "article-locator", "VII",
                "Šešupė river marks the line; 𝔄 sovereignty", "Article VII. The ",
                " is not affected by this treaty."));
        assertThat(desk.submitted()).containsExactly(101L);
        assertThat(ArchiveUi.currentLocation()).isEqualTo("changes/101");
    }

    @Test
    void theSelectedPassageIsShownMarkedInItsContext() {
        openAsArchivist("records/new");

        selectInTranscription("sovereignty is not affected");

        assertThat(_get(Mark.class).getText()).isEqualTo("sovereignty is not affected");
        assertThat(_get(PassagePicker.class).chosen().orElseThrow().start())
                .isEqualTo(TEXT.codePointCount(0, TEXT.indexOf("sovereignty")));
    }

    @Test
    void saveDraftProposesWithoutSubmitting() {
        openAsArchivist("records/new?kind=clause");

        _setValue(textField("Label"), "Article VIII");
        _setValue(textArea("Text"), "The treaty is ratified in Kaunas.");
        click("Save draft");

        assertThat(as(ClauseContent.class, onlyProposal().record()).label()).isEqualTo("Article VIII");
        assertThat(onlyProposal().record().citations()).isEmpty();
        assertThat(desk.submitted()).isEmpty();
        assertThat(ArchiveUi.currentLocation()).isEqualTo("changes/101");
    }

    @Test
    void missingTextIsShownAtTheFieldAndNothingIsProposed() {
        openAsArchivist("records/new?kind=quote");

        click("Save draft");

        assertThat(textArea("Text").isInvalid()).isTrue();
        assertThat(textArea("Text").getErrorMessage()).isEqualTo("a record needs a text");
        assertThat(desk.proposed()).isEmpty();
    }

    @Test
    void aTextOverTheArchivesLimitIsShownAtTheField() {
        openAsArchivist("records/new?kind=clause");

        _setValue(textArea("Text"), "a".repeat(RecordContent.MAX_TEXT_LENGTH + 1));
        click("Save draft");

        assertThat(textArea("Text").isInvalid()).isTrue();
        assertThat(textArea("Text").getErrorMessage()).isEqualTo("a text has at most 100000 characters");
        assertThat(desk.proposed()).isEmpty();
    }

    @Test
    void datesMustBeWrittenAsTheArchiveReadsThemAndExistInTheCalendar() {
        openAsArchivist("records/new?kind=quote");
        _setValue(textArea("Text"), "Whether you agree or not.");

        _setValue(textField("Date"), "3 October 1939");
        click("Save draft");
        assertThat(textField("Date").getErrorMessage()).startsWith("write a date as YYYY, YYYY-MM or YYYY-MM-DD");

        _setValue(textField("Date"), "1939-02-30");
        click("Save draft");
        assertThat(textField("Date").isInvalid()).isTrue();
        assertThat(textField("Date").getErrorMessage()).isEqualTo("not a date in the calendar (years 1–9999)");

        _setValue(textField("Date"), "~1939-10");
        click("Save draft");
        assertThat(as(QuoteContent.class, onlyProposal().record()).date()).hasToString("~1939-10");
    }

    @Test
    void anEntityNeedsANameAndHasNoSpeakerOrDate() {
        openAsArchivist("records/new?kind=entity");
        _setValue(textArea("Description"), "A river in Lithuania.");

        _assertNone(ComboBox.class, spec -> spec.withLabel("Speaker"));
        _assertNone(TextField.class, spec -> spec.withLabel("Date"));
        click("Save draft");
        assertThat(textField("Name").isInvalid()).isTrue();
        assertThat(textField("Name").getErrorMessage()).isEqualTo("an entity needs a name");

        _setValue(textField("Name"), "Šešupė");
        click("Save draft");
        assertThat(as(EntityContent.class, onlyProposal().record()).name()).isEqualTo("Šešupė");
        assertThat(onlyProposal().record().kind()).isEqualTo(RecordKind.ENTITY);
    }

    @Test
    void speakersAreThePublishedPeopleAndOrganisationsAndNewOnesAreExplained() {
        openAsArchivist("records/new?kind=quote");

        ComboBox<Reference> speaker = comboBox("Speaker");
        assertThat(speaker.getListDataView().getItems().map(Reference::name))
                .containsExactly("Joseph Stalin", "Juozas Urbšys");
        assertThat(speaker.getHelperText()).contains("Draft them first as an entity");
    }

    @Test
    void aRefusalNamingAFieldIsShownAtThatField() {
        desk.refusingNextProposal(new InvalidInputException("citations[0].label",
                "'folio-x' is not a CSL locator label"));
        openAsArchivist("records/new?kind=clause");
        _setValue(textArea("Text"), "Sovereignty is not affected by this treaty.");

        click("Save draft");

        ComboBox<String> locator = comboBox("Locator");
        assertThat(locator.isInvalid()).isTrue();
        assertThat(locator.getErrorMessage()).isEqualTo("'folio-x' is not a CSL locator label.");
        assertThat(ArchiveUi.currentLocation()).isEqualTo("records/new?kind=clause");
    }

    @Test
    void aRefusalOfTheWholeDraftIsANoticeInTheArchivesWordsNeverAStackTrace() {
        desk.refusingNextProposal(new ConflictException("record 7 was published anew (version 4) since version 3"));
        openAsArchivist("records/7/edit");

        click("Save draft");

        Div notice = _get(Div.class, spec -> spec.withClasses("archive-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively())
                .isEqualTo("Record 7 was published anew (version 4) since version 3.");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Record 7 was published anew (version 4) since version 3.");
        assertThat(_get(RecordDraftView.class).getElement().getOuterHTML()).doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void revisingARecordProposesAnUpdateOfTheVersionItWasOpenedAtKeepingItsCitation() {
        openAsArchivist("records/7/edit");

        assertThat(_get(H1.class).getText()).isEqualTo("Revise: Article VII");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind")).isReadOnly()).isTrue();
        assertThat(textArea("Text").getValue()).isEqualTo("Sovereignty is not affected by this treaty.");
        assertThat(_get(Mark.class).getText()).isEqualTo("Sovereignty is not affected by this treaty.");
        _setValue(textArea("Text"), "Sovereignty is in no way affected by this treaty.");
        _setValue(textField("At"), "7");
        click("Save draft");

        ProposeChange proposal = onlyProposal();
        assertThat(proposal.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(proposal.recordId()).isEqualTo(7L);
        assertThat(proposal.baseVersion()).isEqualTo(3);
        assertThat(proposal.record().text()).isEqualTo("Sovereignty is in no way affected by this treaty.");
        assertThat(as(ClauseContent.class, proposal.record()).label()).isEqualTo("Article VII");
        assertThat(as(ClauseContent.class, proposal.record()).ordinal()).isEqualTo(7);
        assertThat(proposal.record().citations()).containsExactly(new CitationInput(1, "article-locator", "7",
                "Sovereignty is not affected by this treaty.", "Article VII. ", "\nArticle VIII"));
    }

    @Test
    void revisingWithANewSelectionCitesTheNewWords() {
        openAsArchivist("records/7/edit");

        selectInTranscription("The treaty is ratified in Kaunas.");
        click("Save draft");

        assertThat(onlyProposal().record().citations()).extracting(CitationInput::exact, CitationInput::sourceVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The treaty is ratified in Kaunas.", 2));
    }

    @Test
    void theTranscriptionIsShownAsTextNeverAsMarkup() {
        desk.withSource(4, "Memo", 1, "<img src=x onerror=alert(1)> <b>bold</b>");
        openAsArchivist("records/new");

        _setValue(comboBox("Source"), desk.sources().get(1));

        String page = _get(RecordDraftView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void aSourceAndKindInTheAddressArePreselected() {
        desk.withSource(4, "Memo", 1, "A memo of the Moscow talks.");
        openAsArchivist("records/new?kind=quote&source=4");

        assertThat(RecordDraftViewTest.<SourceSummary>comboBox("Source").getValue().id()).isEqualTo(4L);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind")).getValue()).isEqualTo(RecordKind.QUOTE);
        selectIn("A memo of the Moscow talks.", "Moscow talks");
        assertThat(_get(Mark.class).getText()).isEqualTo("Moscow talks");
    }

    @Test
    void unknownRecordToReviseSaysSo() {
        openAsArchivist("records/404/edit");

        assertThat(_get(H1.class).getText()).isEqualTo("Record not found");
    }

    @Test
    void onlyArchivistsMayDraft() {
        for (Role role : List.of(Role.RESEARCHER, Role.EDITOR)) {
            ArchiveUi.start(FakeSecurityContext.signedInAs("someone", role), desk);
            ArchiveUi.open("records/new");
            assertThat(ArchiveUi.currentPage()).as(role.name()).isEqualTo(AccessDeniedView.class);
            ArchiveUi.stop();
        }
    }

    /** The proposed content, which must be of {@code kind}. */
    private static <T extends RecordContent> T as(Class<T> kind, RecordContent content) {
        assertThat(content).isInstanceOf(kind);
        return kind.cast(content);
    }
}
