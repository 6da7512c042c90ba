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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.parsing.ParsedArticle;
import org.primarysources.archive.ui.changes.MyChangesView;
import org.primarysources.archive.ui.components.Notices;
import org.primarysources.archive.ui.layout.AllowedRoles;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;
import org.primarysources.archive.ui.review.ReviewQueueView;

/**
 * Where new primary sources enter the archive: upload a scraped article, check what will be created, confirm, and
 * submit the drafts for review. Nothing is written before the archivist confirms.
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
            (metadata, bytes) -> received(new ArticleFile(metadata.fileName(), bytes))));
    private final Div problem = new Div();
    private final Section preview = new Section();
    private final Section outcome = new Section();
    private ArticleFile file;
    private ImportResult imported;

    @Inject
    public ImportView(ImportDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
        addClassNames("archive-page", "archive-import");
        add(new H1("Import sources"), createLead(), createChoice(), problem, preview, outcome);
        problem.addClassName("archive-notice");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        preview.addClassName("archive-import-step");
        preview.setVisible(false);
        outcome.addClassName("archive-import-step");
        outcome.setVisible(false);
    }

    /** An uploaded file: read it as the import will, and show what it would create. */
    void received(ArticleFile received) {
        file = received;
        imported = null;
        outcome.setVisible(false);
        showPreview();
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
        Button confirm = new Button("Create the drafts", VaadinIcon.CHECK.create(), click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restart = new Button("Choose another file", click -> startOver());
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(confirm, restart);
        buttons.addClassName("archive-import-buttons");
        Paragraph explanation = new Paragraph("Nothing is written yet. Creating the drafts makes one change "
                + "request for the source and one for each clause, quote and entity; editors review them before "
                + "anything is published.");
        preview.add(new H2("2. Check what will be created from “" + file.fileName() + "”"), explanation,
                new ImportPreview(article), buttons);
        preview.setVisible(true);
    }

    private void confirm() {
        try {
            imported = desk.importArticle(file.bytes(), file.fileName(), blankToNull(title.getValue()),
                    blankToNull(language.getValue()), caller.actor());
        } catch (DomainException e) {
            Notices.refused(e);
            showProblem(Notices.sentence(e.getMessage()));
            return;
        }
        preview.setVisible(false);
        showOutcome(null);
    }

    private void submit() {
        try {
            int submitted = desk.submit(imported.id(), caller.actor());
            Notices.done("Submitted " + submitted + (submitted == 1 ? " change" : " changes") + " for review.");
            showOutcome(submitted);
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void showOutcome(Integer submitted) {
        outcome.removeAll();
        int drafts = imported.changes().size();
        Paragraph made = new Paragraph("Import " + imported.id() + " created " + drafts
                + (drafts == 1 ? " draft" : " drafts") + " for “" + imported.source().title() + "” (transcription "
                + "version " + imported.sourceVersion() + "): " + imported.counts().getOrDefault("clauses", 0)
                + " clauses, " + imported.counts().getOrDefault("quotes", 0) + " quotes, "
                + imported.counts().getOrDefault("entities", 0) + " entities; " + imported.verified()
                + " cited passages were found word for word in the transcription.");
        made.addClassName("archive-import-made");
        outcome.add(new H2("3. Submit for review"), made);
        if (submitted == null) {
            Button submit = new Button("Submit all for review", VaadinIcon.PAPERPLANE_O.create(), click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            outcome.add(submit);
        } else {
            Paragraph done = new Paragraph(submitted + (submitted == 1 ? " change waits" : " changes wait")
                    + " for an editor. ");
            done.addClassName("archive-import-submitted");
            done.add(createFollowUp(imported.id()));
            outcome.add(done, new Button("Import another article", click -> startOver()));
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
        file = null;
        imported = null;
        upload.clearFileList();
        preview.removeAll();
        preview.setVisible(false);
        outcome.removeAll();
        outcome.setVisible(false);
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
            if (file != null && imported == null) {
                showPreview();
            }
        });
        title.setMaxLength(1_000);
        language.setHelperText("A language tag such as en, lt or de; leave it empty to have it detected.");
        language.setMaxLength(35);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Imports.MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showProblem("The upload broke off. Please try again."));
        Paragraph explanation = new Paragraph("A scraped encyclopedia article as UTF-8 text (.txt), up to 10 MB: "
                + "links on their own lines, each followed by the linked entity's description.");
        Div fields = new Div(title, language);
        fields.addClassName("archive-import-fields");
        Section choice = new Section(new H2("1. Choose the article"), explanation, fields, upload);
        choice.addClassName("archive-import-step");
        return choice;
    }

    private static Paragraph createLead() {
        Paragraph lead = new Paragraph("Bring a new source into the archive: upload the article, check the "
                + "clauses, quotes and entities read from it, create the drafts, and submit them for review.");
        lead.addClassName("archive-lead");
        return lead;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
