package org.primarysources.archive.ui.review;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.ui.components.Deleted;
import org.primarysources.archive.ui.components.Inserted;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeReviewDesk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeViewTest {

    private final FakeReviewDesk desk = new FakeReviewDesk()
            .with(5, "arno", ChangeState.IN_REVIEW, 3L, RecordKind.QUOTE, "Soviet troops will enter Lithuania anyway.")
            .replacing(5, "Soviet troops will enter Lithuania.")
            .with(6, "arno", ChangeState.DRAFT, null, RecordKind.CLAUSE, "Article I: Vilnius is transferred.");

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void openAs(String name, Role role, String location) {
        ArchiveUi.openAs(name, role, location, desk);
    }

    @Test
    void showsWhatTheChangeDoesWordByWord() {
        openAs("eda", Role.EDITOR, "changes/5");

        assertThat(_get(H1.class).getText()).isEqualTo("Change 5: Soviet troops will enter Lithuania anyway.");
        assertThat(_get(Inserted.class).getText()).isEqualTo(" anyway");
        _assertNone(Deleted.class);
        assertThat(_get(ChangeView.class).getElement().getOuterHTML()).contains("Proposed by arno")
                .contains("import 3").contains("In review");
    }

    @Test
    void ignoringWhitespaceOrDiacriticsAsksTheArchiveAgainAndStaysInTheAddressBar() {
        openAs("eda", Role.EDITOR, "changes/5");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ignore whitespace")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ignore diacritics")), true);

        assertThat(ArchiveUi.currentLocation()).startsWith("changes/5?")
                .contains("whitespace=ignore", "diacritics=ignore");
        assertThat(desk.calls()).contains("diff 5 ignoring whitespace ignoring diacritics");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Ignore whitespace")).getValue()).isTrue();
    }

    @Test
    void sideBySideShowsDeletionsBeforeAndInsertionsAfterAndStaysInTheAddressBar() {
        desk.with(8, "arno", ChangeState.IN_REVIEW, null, RecordKind.QUOTE, "Troops will surely enter Šešupė.")
                .replacing(8, "Troops will enter Sesupe.");
        openAs("eda", Role.EDITOR, "changes/8?diacritics=ignore");
        assertThat(_find(Div.class, spec -> spec.withClasses("archive-diff-sides"))).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Side by side")), true);

        assertThat(ArchiveUi.currentLocation()).startsWith("changes/8?")
                .contains("layout=side-by-side", "diacritics=ignore");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Side by side")).getValue()).isTrue();
        Div sides = _get(Div.class, spec -> spec.withClasses("archive-diff-sides"));
        Div before = _find(sides, Div.class, spec -> spec.withClasses("archive-diff-side")).get(0);
        Div after = _find(sides, Div.class, spec -> spec.withClasses("archive-diff-side")).get(1);
        assertThat(before.getElement().getTextRecursively()).isEqualTo("BeforeTroops will enter Sesupe.");
        assertThat(after.getElement().getTextRecursively()).isEqualTo("AfterTroops will surely enter Šešupė.");
        assertThat(_find(before, Inserted.class)).isEmpty();
        assertThat(_find(after, Deleted.class)).isEmpty();
        assertThat(_get(after, Inserted.class).getText()).isEqualTo("surely ");
    }

    @Test
    void sideBySideOfANewRecordSaysThereWasNothingBefore() {
        openAs("eda", Role.EDITOR, "changes/6?layout=side-by-side");

        Div sides = _get(Div.class, spec -> spec.withClasses("archive-diff-sides"));
        assertThat(sides.getElement().getTextRecursively()).contains("Nothing: this change creates it.")
                .contains("Article I: Vilnius is transferred.");
        _assertNone(Deleted.class);
    }

    @Test
    void inlineIsTheDefaultAndComesBackWhenSideBySideIsUnticked() {
        openAs("eda", Role.EDITOR, "changes/5?layout=side-by-side&whitespace=ignore");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Side by side")), false);

        assertThat(ArchiveUi.currentLocation()).doesNotContain("layout").contains("whitespace=ignore");
        _assertNone(Div.class, spec -> spec.withClasses("archive-diff-sides"));
        assertThat(_get(Inserted.class).getText()).isEqualTo(" anyway");
    }

    @Test
    void editorApprovesWithANoteToTheAuthor() {
        openAs("eda", Role.EDITOR, "changes/5");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note to the author (optional)")), "Checked.");
        _click(_get(Button.class, spec -> spec.withText("Approve")));

        assertThat(desk.calls()).contains("move 5 APPROVE by eda: Checked.");
        assertThat(desk.state(5)).isEqualTo(ChangeState.APPROVED);
        assertThat(_get(ChangeView.class).getElement().getOuterHTML()).contains("Approved: the change is published.")
                .contains("Checked.");
        _assertNone(Button.class, spec -> spec.withText("Approve"));
    }

    @Test
    void approveIsAbsentForTheChangesOwnAuthor() {
        openAs("arno", Role.EDITOR, "changes/5");

        _assertNone(Button.class, spec -> spec.withText("Approve"));
        _get(Button.class, spec -> spec.withText("Request changes"));
        _get(Button.class, spec -> spec.withText("Reject"));
    }

    @Test
    void onlyEditorsSeeTheDecisionButtons() {
        openAs("rita", Role.ARCHIVIST, "changes/5");

        _assertNone(Button.class, spec -> spec.withText("Approve"));
        _assertNone(Button.class, spec -> spec.withText("Reject"));
    }

    @Test
    void editorSendsAChangeBack() {
        openAs("eda", Role.EDITOR, "changes/5");

        _click(_get(Button.class, spec -> spec.withText("Request changes")));

        assertThat(desk.state(5)).isEqualTo(ChangeState.CHANGES_REQUESTED);
    }

    @Test
    void refusalIsShownInTheArchivesWords() {
        desk.refusingNextMove(new ConflictException("a change in state APPROVED cannot be approved; it is final"));
        openAs("eda", Role.EDITOR, "changes/5");

        _click(_get(Button.class, spec -> spec.withText("Approve")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("A change in state APPROVED cannot be approved; it is final.");
    }

    @Test
    void authorSubmitsTheirDraft() {
        openAs("arno", Role.ARCHIVIST, "changes/6");

        _click(_get(Button.class, spec -> spec.withText("Submit for review")));

        assertThat(desk.state(6)).isEqualTo(ChangeState.IN_REVIEW);
    }

    @Test
    void commentsAreShownAsTextAndAnyAuthorMayAddOne() {
        desk.commented(5, "eda", "<img src=x onerror=alert(1)> Which edition?");
        openAs("arno", Role.ARCHIVIST, "changes/5");

        assertThat(_get(ChangeView.class).getElement().getOuterHTML()).doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt; Which edition?");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "The 1939 one.");
        _click(_get(Button.class, spec -> spec.withText("Add comment")));

        assertThat(desk.calls()).contains("comment 5 by arno: The 1939 one.");
        assertThat(_get(ChangeView.class).getElement().getOuterHTML()).contains("The 1939 one.");
    }

    @Test
    void transcriptionClausesAreAlignedSoAMovedArticleReadsAsMoved() {
        desk.with(7, "arno", ChangeState.IN_REVIEW, 3L, null,
                        "Terms\nArticle I: Vilnius is transferred.\nArticle II: Troops are stationed.\n")
                .replacing(7, "Terms\nArticle I: Troops are stationed.\nArticle II: Vilnius is transferred.\n");
        openAs("eda", Role.EDITOR, "changes/7");

        String page = _get(ChangeView.class).getElement().getOuterHTML();
        assertThat(page).contains("Clauses, aligned").contains("Article I → Article II");
    }

    @Test
    void aChangeDraftedAgainstAnOlderVersionShowsAllThreeTexts() {
        desk.movedOnTo(5, "Soviet troops will surely enter Lithuania.");
        openAs("eda", Role.EDITOR, "changes/5");

        String page = _get(ChangeView.class).getElement().getOuterHTML();
        assertThat(page).contains("The record moved on since this change was drafted")
                .contains("Soviet troops will surely enter Lithuania.");
    }

    @Test
    void unknownChangeSaysSo() {
        openAs("eda", Role.EDITOR, "changes/404");

        assertThat(_get(H1.class).getText()).isEqualTo("Change not found");
    }
}
