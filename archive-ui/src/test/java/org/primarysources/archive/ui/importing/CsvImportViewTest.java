package org.primarysources.archive.ui.importing;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.importing.ImportJobStatus;
import org.primarysources.archive.ui.testing.ArchiveUi;
import org.primarysources.archive.ui.testing.FakeImportDesk;
import org.primarysources.archive.ui.testing.FakeSecurityContext;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** CSV files on the import page: checked before anything is written, large ones followed and cancelled. */
class CsvImportViewTest {

    private static final String HEADER = "kind,label,text,source,quoted text\n";

    private final FakeImportDesk desk = new FakeImportDesk();

    @AfterEach
    void stop() {
        ArchiveUi.stop();
    }

    private void open() {
        ArchiveUi.start(FakeSecurityContext.signedInAs("arno", Role.ARCHIVIST), desk);
        ArchiveUi.open("import");
    }

    private static void upload(String fileName, String content) {
        _upload(_get(Upload.class), fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append("clause,Article ").append(i).append(",Clause ").append(i).append(",Treaty,\n");
        }
        return csv.toString();
    }

    private static String page() {
        return _get(ImportView.class).getElement().getOuterHTML();
    }

    /** What the browser does every second while the page polls. */
    private static void poll() {
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page polls while the import runs").isPositive();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @Test
    void aSmallFileIsCheckedThenImportedAtOnceWithItsOriginalToDownload() {
        open();
        upload("records.csv", HEADER + "entity,Urbšys,A diplomat,Treaty,\nquote,,We accept,Treaty,We accept\n");

        assertThat(desk.calls()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-count-quotes")).getText()).isEqualTo("1 quote");
        assertThat(_get(Span.class, spec -> spec.withClasses("archive-count-entities")).getText())
                .isEqualTo("1 entity");
        assertThat(page()).contains("Line 3, quote: ", "We accept (cites source Treaty)");
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));

        assertThat(desk.calls()).containsExactly("import csv records.csv of 2 rows in null by arno");
        assertThat(page()).contains("Import 8 created 2 drafts from “records.csv”");
        Anchor original = _get(Anchor.class, spec -> spec.withText("Download the original file of import 8"));
        assertThat(original.getHref()).isNotBlank();
        _assertNone(ProgressBar.class);
    }

    @Test
    void aBadRowIsNamedByLineAndColumnAndNothingIsOffered() {
        open();
        upload("records.csv", HEADER + "clause,I,Text,Treaty,\nspeech,II,Text,Treaty,\n");

        assertThat(page()).contains("“records.csv” cannot be imported: Line 3, column “kind”: “speech”");
        _assertNone(Button.class, spec -> spec.withText("Create the drafts"));
        assertThat(desk.calls()).isEmpty();
    }

    @Test
    void aLargeFileRunsInTheBackgroundAndItsProgressIsShownUntilItIsDone() {
        open();
        upload("large.csv", rows(1_001));
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));

        assertThat(desk.calls()).containsExactly("start csv large.csv of 1001 rows by arno");
        ProgressBar bar = _get(ProgressBar.class);
        assertThat(bar.getMax()).isEqualTo(1_001.0);
        assertThat(bar.getValue()).isZero();

        desk.progress(600);
        poll();
        assertThat(bar.getValue()).isEqualTo(600.0);
        assertThat(page()).contains("Drafted 600 of 1,001 rows; nothing is written until every row is.");

        desk.finish(9);
        poll();
        assertThat(page()).contains("Import 9 created 1,001 drafts from “large.csv”");
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the import is done").isNegative();
        assertThat(bar.isVisible() && bar.getParent().orElseThrow().isVisible()).isFalse();
        _get(Button.class, spec -> spec.withText("Submit all for review"));
    }

    @Test
    void aBackgroundImportCanBeCancelledAndAFailedOneNamesItsRow() {
        open();
        upload("large.csv", rows(1_001));
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));

        _click(_get(Button.class, spec -> spec.withText("Cancel the import")));
        assertThat(desk.calls()).contains("cancel " + FakeImportDesk.JOB + " by arno");
        assertThat(page()).contains(", stopping;");
        desk.stop(null);
        poll();
        assertThat(page()).contains("The import of “large.csv” was cancelled; nothing was written.");

        upload("large-again.csv", rows(1_002));
        _click(_get(Button.class, spec -> spec.withText("Create the drafts")));
        desk.stop(new ImportJobStatus.RowProblem(700L, "quoted text",
                "line 700, column “quoted text”: not found in the transcription of source 3 (version 1)"));
        poll();
        assertThat(page()).contains("“large-again.csv” cannot be imported: Line 700, column “quoted text”: not "
                + "found in the transcription of source 3 (version 1). Nothing was written.");
    }
}
