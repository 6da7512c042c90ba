package org.primarysources.archive.ui.importing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.ImportJobStatus;
import org.primarysources.archive.core.importing.ImportJobs;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.parsing.ParsedArticle;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.ui.changes.MyChangesView;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.components.OriginalFileLink;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.review.ReviewQueueView;

import java.util.Locale;

/**
 * Where new primary sources enter the archive: upload a scraped article or a CSV file of records, check what will be
 * created, confirm, and submit the drafts for review. Nothing is written before the archivist confirms. A CSV file
 * of more than 1,000 rows is imported in the background: the page shows its progress (polling) and can cancel it.
 */
@Route(value = "import", layout = MainLayout.class)
@PageTitle("Import sources – Archive")
@AllowedRoles({Role.ARCHIVIST, Role.EDITOR, Role.ADMIN})
public class ImportView extends Div {

    private final ImportDesk desk;
    private final CurrentCaller caller;
    private final TextField title = new TextField("Title");
    private final TextField language = new TextField("Language of the article");
    private final Upload upload = new Upload(UploadHandler.inMemory(
            (metadata, bytes) -> received(metadata.fileName(), metadata.contentType(), bytes)));
    private final Div problem = new Div();
    private final Section preview = new Section();
    private final Section progress = new Section();
    private final Section outcome = new Section();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private ArticleFile file;
    private CsvUpload csvUpload;
    private CsvFile csv;
    private Long importId;
    private String made;
    private Long jobId;
    private Registration polling;

    @Inject
    public ImportView(ImportDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-import");
        add(new H1("Import sources"), createLead(), createChoice(), problem, preview, progress, outcome);
        problem.addClassName("archive-notice");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        preview.addClassName("archive-import-step");
        preview.setVisible(false);
        outcome.addClassName("archive-import-step");
        outcome.setVisible(false);
        progress.addClassName("archive-import-step");
        progress.setVisible(false);
        addDetachListener(detach -> stopPolling());
    }

    /** An uploaded file: a CSV file of records or an article, read as the import will. */
    private void received(String fileName, String mediaType, byte[] bytes) {
        if (CsvUpload.isCsv(fileName, mediaType)) {
            reset();
            csvUpload = new CsvUpload(fileName, bytes);
            showCsvPreview();
        } else {
            received(new ArticleFile(fileName, bytes));
        }
    }

    /** An uploaded article: read it as the import will, and show what it would create. */
    void received(ArticleFile received) {
        reset();
        file = received;
        showPreview();
    }

    private void showCsvPreview() {
        try {
            csv = csvUpload.read();
        } catch (DomainException e) {
            showProblem("“" + csvUpload.fileName() + "” cannot be imported: " + Notices.sentence(e.getMessage()));
            return;
        }
        Paragraph explanation = new Paragraph("Nothing is written yet. Creating the drafts makes one change request "
                + "for each row; editors review them before anything is published."
                + (ImportJobs.inBackground(csv) ? " A file of more than " + ImportJobs.BACKGROUND_FROM + " rows is "
                + "imported in the background: this page shows how far it got, and it can be cancelled." : ""));
        preview.add(new H2("2. Check what will be created from “" + csvUpload.fileName() + "”"), explanation,
                new CsvPreview(csv), createButtons(this::confirmCsv));
        preview.setVisible(true);
    }

    private Div createButtons(Runnable confirmed) {
        Button confirm = new Button("Create the drafts", VaadinIcon.CHECK.create(), click -> confirmed.run());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restart = new Button("Choose another file", click -> startOver());
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(confirm, restart);
        buttons.addClassName("archive-import-buttons");
        return buttons;
    }

    private void confirmCsv() {
        try {
            if (ImportJobs.inBackground(csv)) {
                showProgress(desk.startCsv(csvUpload.bytes(), csv, csvUpload.fileName(),
                        blankToNull(language.getValue()), caller.actor()));
                return;
            }
            ImportResult result = desk.importCsv(csvUpload.bytes(), csv, csvUpload.fileName(),
                    blankToNull(language.getValue()), caller.actor());
            imported(result.id(), result.changes().size());
        } catch (DomainException e) {
            Notices.refused(e);
            showProblem(Notices.sentence(e.getMessage()));
        }
    }

    /** A CSV import is done: what it made, from the counts of the file it read. */
    private void imported(long id, int drafts) {
        importId = id;
        made = "Import " + id + " created " + String.format(Locale.ENGLISH, "%,d", drafts)
                + (drafts == 1 ? " draft" : " drafts") + " from “" + csvUpload.fileName() + "”: "
                + csv.counts().getOrDefault(RecordKind.CLAUSE, 0) + " clauses, "
                + csv.counts().getOrDefault(RecordKind.QUOTE, 0) + " quotes, "
                + csv.counts().getOrDefault(RecordKind.ENTITY, 0) + " entities; every quoted text was found word "
                + "for word in its source.";
        preview.setVisible(false);
        progress.setVisible(false);
        showOutcome(null);
    }

    private void showProgress(ImportJobStatus job) {
        jobId = job.id();
        preview.setVisible(false);
        progress.removeAll();
        bar.setMin(0);
        bar.setMax(Math.max(1, job.rowsTotal()));
        bar.getElement().setAttribute("aria-label", "Rows drafted");
        Button cancel = new Button("Cancel the import", VaadinIcon.CLOSE_SMALL.create(), click -> cancelJob());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        progressText.addClassName("archive-import-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        progress.add(new H2("3. Importing in the background"), bar, progressText, cancel);
        progress.setVisible(true);
        showJob(job);
        getUI().ifPresent(ui -> {
            stopPolling();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refreshJob());
        });
    }

    /** Asks the archive how far the background import is (at every poll of the browser). */
    void refreshJob() {
        if (jobId != null) {
            showJob(desk.job(jobId));
        }
    }

    private void showJob(ImportJobStatus job) {
        bar.setValue(Math.min(job.rowsDone(), bar.getMax()));
        progressText.setText("Drafted " + String.format(Locale.ENGLISH, "%,d of %,d", job.rowsDone(),
                job.rowsTotal()) + " rows" + (job.cancelRequested() ? ", stopping" : "")
                + "; nothing is written until every row is.");
        if (!job.finished()) {
            return;
        }
        stopPolling();
        jobId = null;
        switch (job.state()) {
            case ImportJobStatus.DONE -> imported(job.importId(), job.rowsDone());
            case ImportJobStatus.CANCELLED -> {
                progress.setVisible(false);
                showProblem("The import of “" + csvUpload.fileName() + "” was cancelled; nothing was written.");
            }
            default -> {
                progress.setVisible(false);
                showProblem("“" + csvUpload.fileName() + "” cannot be imported: " + Notices.sentence(
                        job.errors().isEmpty() ? "the import stopped" : job.errors().get(0).problem())
                        + " Nothing was written.");
            }
        }
    }

    private void cancelJob() {
        if (jobId == null) {
            return;
        }
        try {
            showJob(desk.cancel(jobId, caller.actor()));
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void showPreview() {
        preview.removeAll();
        problem.setVisible(false);
        if (file == null) {
            preview.setVisible(false);
            return;
        }
        ParsedArticle article;
        try {
            article = file.parse(title.getValue());
        } catch (DomainException e) {
            showProblem("“" + file.fileName() + "” cannot be imported: " + Notices.sentence(e.getMessage()));
            preview.setVisible(false);
            return;
        }
        Div buttons = createButtons(this::confirm);
        Paragraph explanation = new Paragraph("Nothing is written yet. Creating the drafts makes one change "
                + "request for the source and one for each clause, quote and entity; editors review them before "
                + "anything is published.");
        preview.add(new H2("2. Check what will be created from “" + file.fileName() + "”"), explanation,
                new ImportPreview(article, file.source()), buttons);
        preview.setVisible(true);
    }

    private void confirm() {
        ImportResult imported;
        try {
            imported = desk.importArticle(file.bytes(), file.fileName(), blankToNull(title.getValue()),
                    blankToNull(language.getValue()), caller.actor());
        } catch (DomainException e) {
            Notices.refused(e);
            showProblem(Notices.sentence(e.getMessage()));
            return;
        }
        int drafts = imported.changes().size();
        importId = imported.id();
        made = "Import " + imported.id() + " created " + drafts
                + (drafts == 1 ? " draft" : " drafts") + " for “" + imported.source().title() + "” (transcription "
                + "version " + imported.sourceVersion() + "): " + imported.counts().getOrDefault("clauses", 0)
                + " clauses, " + imported.counts().getOrDefault("quotes", 0) + " quotes, "
                + imported.counts().getOrDefault("entities", 0) + " entities; " + imported.verified()
                + " cited passages were found word for word in the transcription.";
        preview.setVisible(false);
        showOutcome(null);
    }

    private void submit() {
        try {
            int submitted = desk.submit(importId, caller.actor());
            Notices.done("Submitted " + submitted + (submitted == 1 ? " change" : " changes") + " for review.");
            showOutcome(submitted);
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void showOutcome(Integer submitted) {
        outcome.removeAll();
        Paragraph madeText = new Paragraph(made);
        madeText.addClassName("archive-import-made");
        Paragraph original = new Paragraph(OriginalFileLink.of(importId, desk::original));
        outcome.add(new H2("3. Submit for review"), madeText, original);
        if (submitted == null) {
            Button submit = new Button("Submit all for review", VaadinIcon.PAPERPLANE_O.create(), click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            outcome.add(submit);
        } else {
            Paragraph done = new Paragraph(submitted + (submitted == 1 ? " change waits" : " changes wait")
                    + " for an editor. ");
            done.addClassName("archive-import-submitted");
            done.add(createFollowUp(importId));
            outcome.add(done, new Button("Import another file", click -> startOver()));
        }
        outcome.setVisible(true);
    }

    /** Where to follow the import: the queue filtered to it for those who review, otherwise one's own changes. */
    private Component createFollowUp(long importId) {
        QueryParameters ofImport = QueryParameters.of("import", String.valueOf(importId));
        RouterLink link = caller.mayOpen(ReviewQueueView.class)
                ? new RouterLink("Open import " + importId + " in the review queue", ReviewQueueView.class)
                : new RouterLink("Follow them in My changes", MyChangesView.class);
        link.setQueryParameters(ofImport);
        link.addClassName("archive-import-follow-up");
        return link;
    }

    private void startOver() {
        reset();
        upload.clearFileList();
    }

    /** Forgets the file and everything shown of it. */
    private void reset() {
        stopPolling();
        file = null;
        csvUpload = null;
        csv = null;
        importId = null;
        jobId = null;
        preview.removeAll();
        preview.setVisible(false);
        outcome.removeAll();
        outcome.setVisible(false);
        progress.removeAll();
        progress.setVisible(false);
        problem.setVisible(false);
    }

    private void showProblem(String message) {
        problem.removeAll();
        Span icon = new Span(VaadinIcon.WARNING.create());
        icon.getElement().setAttribute("aria-hidden", "true");
        problem.add(icon, new Span(message));
        problem.setVisible(true);
    }

    private Component createChoice() {
        title.setHelperText("Leave empty to use the subject of the article's first sentence.");
        title.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        title.addValueChangeListener(change -> {
            if (file != null && importId == null) {
                showPreview();
            }
        });
        title.setMaxLength(1_000);
        language.setHelperText("A language tag such as en, lt or de; leave it empty to have it detected.");
        language.setMaxLength(35);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvFile.MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt", "text/csv", ".csv");
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showProblem("The upload broke off. Please try again."));
        Paragraph explanation = new Paragraph("A scraped encyclopedia article as UTF-8 text (.txt), up to 10 MB: "
                + "links on their own lines, each followed by the linked entity's description. Or records of "
                + "sources already in the archive as a CSV file (.csv, UTF-8, up to 64 MB): a header row, then one "
                + "clause, quote or entity per row.");
        Div fields = new Div(title, language);
        fields.addClassName("archive-import-fields");
        Section choice = new Section(new H2("1. Choose the file"), explanation, fields, upload);
        choice.addClassName("archive-import-step");
        return choice;
    }

    private static final int POLL_MILLIS = 1_000;

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Bring new material into the archive: upload an article or a CSV file of "
                + "records, check the clauses, quotes and entities read from it, create the drafts, and submit them "
                + "for review.");
        lead.addClassName("archive-lead");
        return lead;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
