package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.CreateAccount;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.audit.AuditReport;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.outbox.OutboxBacklog;
import org.primarysources.archive.core.outbox.ReindexStatus;
import org.primarysources.archive.ui.components.Badges;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.components.Times;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Running the archive: accounts and their roles, rebuilding the search index with its progress, and whether the
 * database, the search engine and the search outbox keep up. While the page is open it asks the server again
 * every few seconds (every second while a rebuild runs), so the numbers stay current without a reload.
 */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration – Archive")
@AllowedRoles(Role.ADMIN)
public class AdminView extends Div {

    /** How often the page asks for news while nothing runs, and while a rebuild runs (milliseconds). */
    static final int POLL_IDLE = 5_000;
    static final int POLL_REINDEXING = 1_000;
    /** While a rebuild runs, health is read only every this many polls: it asks the database and the cluster. */
    static final int HEALTH_EVERY = 5;

    private final AdminDesk desk;
    private final CurrentCaller caller;

    private final UnorderedList accountList = new UnorderedList();
    private final AccountForm accountForm = new AccountForm();
    private final Button rebuild = new Button("Rebuild index", VaadinIcon.REFRESH.create());
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final UnorderedList checks = new UnorderedList();
    private final DescriptionList backlog = new DescriptionList();
    private final Paragraph checkedAt = new Paragraph();
    private final Paragraph checkpoint = new Paragraph();
    private final Div auditResult = new Div();
    private Registration pollListener;
    private int polls;

    @Inject
    public AdminView(AdminDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-admin");
        add(new H1("Administration"), createLead(), createAccounts(), createSearchIndex(), createHealth(),
                createAudit(), createHandingOn());
        showAccounts();
        showReindex(desk.reindexStatus());
        showHealth();
    }

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Accounts and their roles, rebuilding the search index, and whether the "
                + "database and search keep up. The numbers refresh by themselves.");
        lead.addClassName("archive-lead");
        return lead;
    }

    // Accounts

    private Component createAccounts() {
        accountList.addClassName("archive-accounts");
        accountForm.addOpenListener(event -> open(event.command()));
        Section newAccount = new Section(new H3("Open an account"), accountForm);
        newAccount.addClassName("archive-account-new");
        Section section = new Section(new H2("Accounts"), accountList, newAccount);
        section.addClassName("archive-admin-accounts");
        return section;
    }

    private void showAccounts() {
        accountList.removeAll();
        for (AccountSummary account : desk.accounts(caller.actor())) {
            accountList.add(createAccount(account));
        }
    }

    private Component createAccount(AccountSummary account) {
        Span name = new Span(account.username());
        name.addClassName("archive-account-name");
        Div roles = new Div();
        roles.addClassName("archive-account-roles");
        account.roles().stream().sorted().forEach(role -> roles.add(
                Badges.badge(Roles.name(role), role == Role.ADMIN ? "contrast" : "", "archive-badge-role")));
        Span opened = new Span("opened " + Times.format(account.createdAt()));
        opened.addClassName("archive-account-opened");
        Button change = new Button("Change roles", click -> openRolesDialog(account));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setAriaLabel("Change the roles of " + account.username());
        ListItem item = new ListItem(name, roles, opened, change);
        item.addClassName("archive-account");
        item.getElement().setAttribute("data-account", account.username());
        return item;
    }

    private void open(CreateAccount command) {
        try {
            AccountSummary opened = desk.open(command, caller.actor());
            accountForm.clear();
            showAccounts();
            Notices.done("Account " + opened.username() + " is open, with the roles " + Roles.list(opened.roles())
                    + ".");
        } catch (InvalidInputException problem) {
            accountForm.showProblem(problem.field(), problem.getMessage());
        } catch (ConflictException problem) {
            accountForm.showProblem("username", problem.getMessage());
        } catch (DomainException problem) {
            Notices.refused(problem);
        } finally {
            Arrays.fill(command.password(), '\0');
        }
    }

    private void openRolesDialog(AccountSummary account) {
        RolesDialog dialog = new RolesDialog(account);
        dialog.addSaveListener(save -> changeRoles(save.getSource(), save.roles()));
        dialog.open();
    }

    private void changeRoles(RolesDialog dialog, Set<Role> roles) {
        try {
            AccountSummary changed = desk.changeRoles(dialog.account().username(), roles, caller.actor());
            dialog.close();
            showAccounts();
            Notices.done(changed.username() + " now has the roles " + Roles.list(changed.roles()) + ".");
        } catch (InvalidInputException | ConflictException problem) {
            dialog.showProblem(problem.getMessage());
        } catch (DomainException problem) {
            Notices.refused(problem);
        }
    }

    // Search index

    private Component createSearchIndex() {
        Paragraph explanation = new Paragraph("Rebuilding copies every published record and source from the "
                + "database into a new index, then switches searches over to it at once. Searches keep answering "
                + "from the old index meanwhile; what is published during the rebuild is added afterwards.");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> startReindex());
        progressText.setId("archive-reindex-progress-text");
        progressText.addClassName("archive-reindex-text");
        progress.setId("archive-reindex-progress");
        progress.getElement().setAttribute("aria-labelledby", "archive-reindex-progress-text");
        Section section = new Section(new H2("Search index"), explanation, rebuild, progress, progressText);
        section.addClassName("archive-admin-index");
        return section;
    }

    private void startReindex() {
        try {
            showReindex(desk.reindex(caller.actor()));
            Notices.done("The rebuild has started.");
        } catch (DomainException problem) {
            Notices.refused(problem);
            showReindex(desk.reindexStatus());
        }
    }

    private void showReindex(ReindexStatus status) {
        boolean running = "RUNNING".equals(status.state());
        rebuild.setEnabled(!running);
        progress.setVisible(!"IDLE".equals(status.state()));
        progress.setIndeterminate(running && status.total() == 0);
        progress.setMin(0);
        progress.setMax(Math.max(1, status.total()));
        progress.setValue(Math.min(status.done(), Math.max(1, status.total())));
        progressText.setText(describe(status));
        getUI().ifPresent(ui -> ui.setPollInterval(pollInterval(running)));
    }

    /** The rebuild's progress in words, so it is not shown by the bar alone. */
    static String describe(ReindexStatus status) {
        return switch (status.state()) {
            case "IDLE" -> "No rebuild since the archive started.";
            case "RUNNING" -> status.total() == 0 ? "Rebuilding: counting the records…"
                    : "Rebuilding: " + status.done() + " of " + status.total() + " records copied ("
                            + percent(status) + "%).";
            case "DONE" -> "Rebuilt " + Times.format(status.finishedAt()) + ": " + status.done()
                    + " records, now searched in " + status.index() + ".";
            case "FAILED" -> "The rebuild failed after " + status.done() + " of " + status.total() + " records: "
                    + status.error() + ". Searches still use the old index.";
            default -> status.state();
        };
    }

    private static long percent(ReindexStatus status) {
        return status.total() == 0 ? 0 : status.done() * 100 / status.total();
    }

    // Health

    private Component createHealth() {
        checks.addClassName("archive-checks");
        backlog.addClassNames("archive-facts", "archive-backlog-numbers");
        checkedAt.addClassName("archive-checked-at");
        Button refresh = new Button("Check now", click -> showHealth());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Section section = new Section(new H2("Health"), checks, new H3("Search outbox"),
                new Paragraph("Every publication leaves a row here; a relay hands the rows to the search index. "
                        + "A backlog that stays means search is behind: edits still go on."),
                backlog, checkedAt, refresh);
        section.addClassName("archive-admin-health");
        return section;
    }

    private void showHealth() {
        ArchiveHealth health = desk.health();
        checks.removeAll();
        for (ReadinessCheck check : health.checks()) {
            checks.add(createCheck(check));
        }
        OutboxBacklog waiting = health.outbox();
        Instant now = health.checkedAt();
        backlog.removeAll();
        checkedAt.setText("Checked " + Times.format(now) + ".");
        if (waiting == null) {
            fact(backlog, "Waiting", "unknown: the outbox could not be read");
            return;
        }
        fact(backlog, "Waiting", String.valueOf(waiting.waiting()));
        fact(backlog, "Failing", String.valueOf(waiting.failing()));
        fact(backlog, "Oldest", waiting.oldest() == null ? "none"
                : Times.format(waiting.oldest()) + " (" + age(Duration.between(waiting.oldest(), now)) + " ago)");
        if (waiting.lastError() != null) {
            fact(backlog, "Last error", waiting.lastError());
        }
    }

    private static Component createCheck(ReadinessCheck check) {
        Span name = new Span(check.name());
        name.addClassName("archive-check-name");
        Span state = check.up() ? Badges.badge("Up", "success", "archive-badge-up")
                : Badges.badge("Down", "error", "archive-badge-down");
        DescriptionList data = new DescriptionList();
        data.addClassName("archive-facts");
        for (Map.Entry<String, String> entry : check.data().entrySet()) {
            fact(data, entry.getKey(), entry.getValue());
        }
        ListItem item = new ListItem(new Div(name, state), data);
        item.addClassName("archive-check");
        item.getElement().setAttribute("data-check", check.name());
        return item;
    }

    static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7_200) {
            return seconds / 60 + " min";
        }
        return seconds / 3_600 + " h";
    }

    private static void fact(DescriptionList facts, String term, String description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    // Transparency log and audit

    private Component createAudit() {
        checkpoint.addClassName("archive-latest-checkpoint");
        auditResult.addClassName("archive-audit-result");
        Button verify = new Button("Verify the archive", VaadinIcon.CHECK_CIRCLE.create(), click -> runAudit());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2("Transparency log and audit"), new Paragraph("Every published version "
                + "is an entry of the archive's log; a signed checkpoint of the whole log is made every few seconds. "
                + "The audit recomputes every hash chain and the log, checks every checkpoint's signature and "
                + "re-finds every cited text."), checkpoint, verify, auditResult);
        section.addClassName("archive-admin-audit");
        showCheckpoint();
        return section;
    }

    private void showCheckpoint() {
        checkpoint.setText(desk.latestCheckpoint()
                .map(latest -> "Latest checkpoint: " + latest.size() + " entries, signed "
                        + Times.format(latest.createdAt()) + ".")
                .orElse("No checkpoint signed yet."));
    }

    private void runAudit() {
        AuditReport report;
        try {
            report = desk.audit(caller.actor());
        } catch (DomainException problem) {
            Notices.refused(problem);
            return;
        }
        auditResult.removeAll();
        String counted = report.sourceVersions() + " source versions, " + report.recordVersions()
                + " record versions, " + report.citations() + " citations, " + report.logEntries() + " log entries, "
                + report.checkpoints() + " checkpoints checked.";
        if (report.intact()) {
            auditResult.add(Badges.badge("Intact", "success", "archive-badge-intact"), new Paragraph(counted));
            return;
        }
        UnorderedList findings = new UnorderedList();
        report.broken().forEach(f -> findings.add(new ListItem(f.item() + " " + f.id()
                + (f.version() > 0 ? " version " + f.version() : "") + ": " + f.problem())));
        auditResult.add(Badges.badge("Broken", "error", "archive-badge-broken"), new Paragraph(counted), findings);
    }

    // Handing the archive on

    private Component createHandingOn() {
        Actor actor = caller.actor();
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("archive-bag.zip");
            event.setContentType("application/zip");
            desk.writeBag(event.getOutputStream(), actor);
        }, AttachmentType.DOWNLOAD, "Download the archive as a BagIt bag");
        download.addClassName("archive-bag-download");
        Section section = new Section(new H2("Handing the archive on"), new Paragraph("The whole archive as a BagIt "
                + "bag (RFC 8493, zipped): every source and record version with its hashes, the transcriptions, the "
                + "import originals byte for byte, PROV-O for every record, and the transparency log's entries, "
                + "checkpoints and key, with SHA-512 manifests. An empty archive takes it in with "
                + "./archive import --bag; ./archive export --bag writes the same bag into a folder."), download);
        section.addClassName("archive-admin-bag");
        return section;
    }

    // Polling

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        pollListener = ui.addPollListener(poll -> poll());
        ui.setPollInterval(pollInterval("RUNNING".equals(desk.reindexStatus().state())));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private void poll() {
        ReindexStatus status = desk.reindexStatus();
        showReindex(status);
        polls++;
        if (!"RUNNING".equals(status.state()) || polls % HEALTH_EVERY == 0) {
            showHealth();
        }
    }

    private static int pollInterval(boolean reindexing) {
        return reindexing ? POLL_REINDEXING : POLL_IDLE;
    }
}
