package org.primarysources.archive.ui.review;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeReviewDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueViewTest {

    private final FakeReviewDesk desk = new FakeReviewDesk()
            .with(1, "arno", ChangeState.IN_REVIEW, 3L, null, "Treaty of Example")
            .with(2, "arno", ChangeState.IN_REVIEW, 3L, RecordKind.QUOTE, "We will enter anyway.")
            .with(3, "rita", ChangeState.IN_REVIEW, 4L, RecordKind.CLAUSE, "Article I: Vilnius is transferred.")
            .with(4, "arno", ChangeState.DRAFT, 5L, RecordKind.ENTITY, "Šešupė");

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void openAs(String name, Role role, String location) {
        ArchiveUi.openAs(name, role, location, desk);
    }

    @Test
    void listsWhatWaitsForReviewWithLinksToEachChange() {
        openAs("eda", Role.EDITOR, "review");

        assertThat(_get(H2.class).getText()).isEqualTo("3 changes waiting");
        assertThat(_get(RouterLink.class, spec -> spec.withText("We will enter anyway.")).getHref())
                .isEqualTo("changes/2");
        _assertNone(RouterLink.class, spec -> spec.withText("Šešupė"));
    }

    @Test
    void filtersLiveInTheAddressBar() {
        openAs("eda", Role.EDITOR, "review?import=3&kind=quote");

        assertThat(_get(H2.class).getText()).isEqualTo("1 change waiting");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Import")).getValue()).isEqualTo("3");
        assertThat(_get(Select.class, spec -> spec.withLabel("Kind")).getValue()).isEqualTo("quote");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Author")), "arno");

        assertThat(ArchiveUi.currentLocation()).startsWith("review?").contains("import=3", "kind=quote", "author=arno");
    }

    @Test
    void importLinkNarrowsTheQueueToThatImport() {
        openAs("eda", Role.EDITOR, "review");

        RouterLink ofImport = _find(RouterLink.class, spec -> spec.withText("import 4")).get(0);

        assertThat(ofImport.getHref()).isEqualTo("review?import=4");
    }

    @Test
    void editorApprovesAWholeImportAfterReviewingIt() {
        openAs("eda", Role.EDITOR, "review?import=3");
        _get(Anchor.class, spec -> spec.withText("Download the original file of import 3"));

        _click(_get(Button.class, spec -> spec.withText("Approve all 2 in review")));

        assertThat(desk.calls()).contains("approve import 3 by eda");
        assertThat(desk.state(1)).isEqualTo(ChangeState.APPROVED);
        assertThat(desk.state(2)).isEqualTo(ChangeState.APPROVED);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Approved 2 changes of import 3.");
        assertThat(_get(H2.class).getText()).isEqualTo("0 changes waiting");
    }

    @Test
    void refusalOfABatchIsShownInTheArchivesWords() {
        openAs("arno", Role.EDITOR, "review?import=3");

        _click(_get(Button.class, spec -> spec.withText("Approve all 2 in review")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Nobody reviews their own change"));
    }

    @Test
    void batchApprovalIsOfferedOnlyForOneWholeImportAndOnlyToEditors() {
        openAs("eda", Role.EDITOR, "review");
        _assertNone(Button.class, spec -> spec.withText("Approve all 3 in review"));
        ArchiveUi.stop();

        openAs("eda", Role.EDITOR, "review?import=3&kind=quote");
        assertThat(_find(Button.class)).noneMatch(b -> b.getText().startsWith("Approve all"));
        ArchiveUi.stop();

        openAs("ada", Role.ADMIN, "review?import=3");
        assertThat(_find(Button.class)).noneMatch(b -> b.getText().startsWith("Approve all"));
    }

    @Test
    void emptyQueueSaysSo() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("eda", Role.EDITOR), new FakeReviewDesk());
        ArchiveUi.open("review");

        assertThat(_get(ReviewQueueView.class).getElement().getOuterHTML()).contains("Nothing waits for review");
    }
}
