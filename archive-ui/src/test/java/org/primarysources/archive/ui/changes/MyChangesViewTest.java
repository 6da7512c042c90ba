package org.primarysources.archive.ui.changes;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeMove;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeReviewDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MyChangesViewTest {

    private final FakeReviewDesk desk = new FakeReviewDesk()
            .with(1, "arno", ChangeState.IN_REVIEW, 3L, RecordKind.QUOTE, "We will enter anyway.")
            .with(2, "arno", ChangeState.DRAFT, 3L, RecordKind.CLAUSE, "Article I: Vilnius is transferred.")
            .with(3, "rita", ChangeState.IN_REVIEW, 4L, RecordKind.CLAUSE, "Rita's clause.");

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void open(String location) {
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST), desk);
        ArchiveUi.open(location);
    }

    @Test
    void listsOnlyTheCallersOwnChangesWithWhereEachStands() {
        open("my-changes");

        assertThat(_get(H2.class).getText()).isEqualTo("2 changes");
        assertThat(_get(RouterLink.class, spec -> spec.withText("We will enter anyway.")).getHref())
                .isEqualTo("changes/1");
        _assertNone(RouterLink.class, spec -> spec.withText("Rita's clause."));
        assertThat(_get(MyChangesView.class).getElement().getOuterHTML()).contains("In review").contains("Draft");
    }

    @Test
    void showsWhatReviewersSaidButNotOnesOwnWords() {
        desk.move(1, ChangeMove.REQUEST_CHANGES, new Actor("eda", Set.of(Role.EDITOR)), "Give the date, please.");
        desk.commented(1, "eda", "And the page.").commented(1, "arno", "Will do.");
        open("my-changes");

        String page = _get(MyChangesView.class).getElement().getOuterHTML();
        assertThat(page).contains("Give the date, please.").contains("And the page.").doesNotContain("Will do.")
                .contains("Changes requested");
    }

    @Test
    void stateAndImportFiltersLiveInTheAddressBar() {
        open("my-changes?import=3");

        _setValue(_get(Select.class, spec -> spec.withLabel("State")), ChangeState.DRAFT);

        assertThat(ArchiveUi.currentLocation()).startsWith("my-changes?").contains("state=draft", "import=3");
        assertThat(_get(H2.class).getText()).isEqualTo("1 change from import 3");
    }
}
