package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.Finding;
import org.primarysources.archive.core.outbox.OutboxBacklog;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeAdminDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AdminViewTest {

    private final FakeAdminDesk desk = FakeAdminDesk.sample();

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void openAsAdmin() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("admin", Role.ADMIN), desk);
        ArchiveUi.open("admin");
    }

    // Accounts

    @Test
    void listsEveryAccountWithItsRoles() {
        openAsAdmin();

        assertThat(_find(ListItem.class, spec -> spec.withClasses("archive-account")))
                .extracting(item -> item.getElement().getAttribute("data-account"))
                .containsExactly("admin", "archivist", "editor", "researcher");
        assertThat(account("editor").getElement().getTextRecursively()).contains("Editor").contains("opened");
    }

    @Test
    void opensAnAccountWithTheChosenRoles() {
        openAsAdmin();

        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "vida");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a long enough password");
        _setValue(roleChoice(), Set.of(Role.ARCHIVIST, Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Open account")));

        assertThat(desk.calls()).anySatisfy(call -> assertThat(call).startsWith("open vida")
                .contains("ARCHIVIST").contains("EDITOR").endsWith("by admin"));
        assertThat(account("vida").getElement().getTextRecursively()).contains("Archivist").contains("Editor");
        assertThat(_get(TextField.class, spec -> spec.withLabel("User name")).getValue()).isEmpty();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password")).getValue()).isEmpty();
    }

    @Test
    void aRefusedUserNameIsShownAtTheUserNameField() {
        openAsAdmin();

        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "Vida Smith");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a long enough password");
        _click(_get(Button.class, spec -> spec.withText("Open account")));

        TextField username = _get(TextField.class, spec -> spec.withLabel("User name"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("A user name is 2 to 64 characters");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password")).isInvalid()).isFalse();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("archive-account"))).hasSize(4);
    }

    @Test
    void aShortPasswordIsShownAtThePasswordFieldAndATakenNameAtTheUserName() {
        openAsAdmin();
        TextField username = _get(TextField.class, spec -> spec.withLabel("User name"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));

        _setValue(username, "vida");
        _setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withText("Open account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("A password has at least 12 characters.");

        _setValue(username, "editor");
        _setValue(password, "a long enough password");
        _click(_get(Button.class, spec -> spec.withText("Open account")));

        assertThat(password.isInvalid()).isFalse();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Account 'editor' already exists.");
    }

    @Test
    void anAccountWithoutRolesIsRefusedAtTheRoles() {
        openAsAdmin();

        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "vida");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a long enough password");
        _setValue(roleChoice(), Set.of());
        _click(_get(Button.class, spec -> spec.withText("Open account")));

        assertThat(roleChoice().isInvalid()).isTrue();
        assertThat(roleChoice().getErrorMessage()).isEqualTo("An account needs at least one role.");
    }

    @Test
    void changesTheRolesOfAnAccount() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Change the roles of researcher")));
        RolesDialog dialog = _get(RolesDialog.class);
        CheckboxGroup<Role> roles = rolesIn(dialog);
        assertThat(roles.getValue()).containsExactly(Role.RESEARCHER);
        _setValue(roles, Set.of(Role.RESEARCHER, Role.ARCHIVIST));
        _click(_get(Button.class, spec -> spec.withText("Save roles")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(desk.calls()).anyMatch(call -> call.startsWith("roles of researcher") && call.endsWith("by admin"));
        assertThat(account("researcher").getElement().getTextRecursively()).contains("Archivist");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheDialogSaysWhy() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Change the roles of admin")));
        RolesDialog dialog = _get(RolesDialog.class);
        _setValue(rolesIn(dialog), Set.of(Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Save roles")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(rolesIn(dialog).isInvalid()).isTrue();
        assertThat(rolesIn(dialog).getErrorMessage()).contains("last administrator");
        assertThat(account("admin").getElement().getTextRecursively()).contains("Admin");
    }

    // Search index

    @Test
    void rebuildStartsTheReindexAndShowsItsProgressWhileItRuns() {
        openAsAdmin();
        _assertNone(ProgressBar.class);

        _click(_get(Button.class, spec -> spec.withText("Rebuild index")));

        assertThat(desk.calls()).contains("reindex by admin");
        ProgressBar progress = _get(ProgressBar.class);
        assertThat(progress.isIndeterminate()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Rebuild index")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AdminView.POLL_REINDEXING);

        desk.reindexing(120, 300);
        poll();

        assertThat(progress.isIndeterminate()).isFalse();
        assertThat(progress.getValue()).isEqualTo(120);
        assertThat(progress.getMax()).isEqualTo(300);
        assertThat(progressText()).isEqualTo("Rebuilding: 120 of 300 records copied (40%).");

        desk.reindexed(300, "archive-records-7");
        poll();

        assertThat(progressText()).startsWith("Rebuilt").contains("300 records").contains("archive-records-7");
        assertThat(_get(Button.class, spec -> spec.withText("Rebuild index")).isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AdminView.POLL_IDLE);
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefused() {
        desk.reindexing(10, 300);
        openAsAdmin();

        assertThat(_get(Button.class, spec -> spec.withText("Rebuild index")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AdminView.POLL_REINDEXING);
    }

    // Health

    @Test
    void showsEachReadinessCheckAndTheOutboxBacklogInNumbers() {
        desk.health(new OutboxBacklog(42, 3, FakeAdminDesk.NOW.minusSeconds(600),
                        "cannot reach the search index: Connection refused"),
                new ReadinessCheck("database", true, Map.of("product", "PostgreSQL")),
                new ReadinessCheck("search", false, Map.of("error", "Connection refused")));
        openAsAdmin();

        assertThat(check("database").getElement().getTextRecursively()).contains("Up").contains("PostgreSQL");
        assertThat(check("search").getElement().getTextRecursively()).contains("Down").contains("Connection refused");
        String backlog = _get(DescriptionList.class,
                spec -> spec.withClasses("archive-backlog-numbers")).getElement().getTextRecursively();
        assertThat(backlog).contains("Waiting42").contains("Failing3").contains("10 min ago")
                .contains("Last errorcannot reach the search index: Connection refused");
    }

    @Test
    void healthIsReadAgainOnEveryPollWhileNothingRuns() {
        openAsAdmin();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AdminView.POLL_IDLE);
        desk.health(new OutboxBacklog(7, 0, Instant.parse("2026-11-29T11:59:00Z"), null),
                new ReadinessCheck("database", true, Map.of()));

        poll();

        assertThat(_get(DescriptionList.class,
                spec -> spec.withClasses("archive-backlog-numbers")).getElement().getTextRecursively())
                .contains("Waiting7").contains("60 s ago");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("archive-check"))).hasSize(1);
    }

    @Test
    void anOutboxThatCannotBeReadIsSaidSoBesideTheChecks() {
        desk.health(null, new ReadinessCheck("database", false, Map.of("error", "Connection refused")));
        openAsAdmin();

        assertThat(check("database").getElement().getTextRecursively()).contains("Down");
        assertThat(_get(DescriptionList.class, spec -> spec.withClasses("archive-backlog-numbers")).getElement()
                .getTextRecursively()).contains("unknown: the outbox could not be read");
    }

    @Test
    void leavingThePageStopsPolling() {
        openAsAdmin();

        ArchiveUi.open("");

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void showsTheLatestCheckpointAndAnIntactAudit() {
        desk.checkpointed(13);
        openAsAdmin();

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("archive-latest-checkpoint")).getText())
                .startsWith("Latest checkpoint: 13 entries, signed");
        _click(_get(Button.class, spec -> spec.withText("Verify the archive")));

        assertThat(desk.calls()).contains("audit by admin");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("archive-audit-result"))
                .getElement().getTextRecursively()).contains("Intact").contains("13 log entries, 1 checkpoints");
    }

    @Test
    void offersTheWholeArchiveAsABagToDownload() {
        openAsAdmin();

        com.vaadin.flow.component.html.Anchor download = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withClasses("archive-bag-download"));
        assertThat(download.getText()).isEqualTo("Download the archive as a BagIt bag");
        assertThat(download.isDownload()).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void aBrokenAuditListsWhatItFound() {
        desk.auditFinds(new Finding("record", 58, 2, "is in the log (entry 40) but gone from the database"));
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Verify the archive")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("archive-audit-result"))
                .getElement().getTextRecursively()).contains("Broken")
                .contains("record 58 version 2: is in the log (entry 40) but gone from the database");
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static String progressText() {
        return _get(Paragraph.class, spec -> spec.withId("archive-reindex-progress-text")).getText();
    }

    private static ListItem account(String username) {
        return _get(ListItem.class, spec -> spec.withClasses("archive-account")
                .withAttribute("data-account", username));
    }

    private static ListItem check(String name) {
        return _get(ListItem.class, spec -> spec.withClasses("archive-check").withAttribute("data-check", name));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roleChoice() {
        return _get(_get(AccountForm.class), CheckboxGroup.class);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> rolesIn(RolesDialog dialog) {
        return _get(dialog, CheckboxGroup.class);
    }
}
