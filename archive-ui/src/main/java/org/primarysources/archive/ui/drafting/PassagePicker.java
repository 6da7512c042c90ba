package org.primarysources.archive.ui.drafting;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.source.Transcription;
import org.primarysources.archive.ui.components.Mark;

import java.util.Optional;

/**
 * A source's transcription in which the archivist selects, with the mouse or the keyboard, the words a record
 * cites. The browser reports only where the selection starts and ends; the exact words, their context and their
 * code-point position are taken from the transcription on the server, so what is cited is what the archive holds.
 */
class PassagePicker extends Div {

    /**
     * Reports the selection inside the transcription as offsets into its text (UTF-16 units, as the browser counts).
     * The text is a single text node, so the offsets count the very string the server sent.
     */
    private static final String LISTEN = """
            const picker = this;
            const text = $0;
            if (text.__archiveListening) { return; }
            text.__archiveListening = true;
            const report = () => {
              const selection = window.getSelection();
              if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
              const range = selection.getRangeAt(0);
              if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
              const before = document.createRange();
              before.selectNodeContents(text);
              before.setEnd(range.startContainer, range.startOffset);
              const start = before.toString().length;
              picker.$server.select(start, start + range.toString().length);
            };
            text.addEventListener('mouseup', report);
            text.addEventListener('keyup', report);
            text.addEventListener('touchend', report);
            """;

    private final Div text = new Div();
    private final Paragraph chosenView = new Paragraph();
    private final Button clear = new Button("Clear the selection", click -> choose(null));
    private Transcription transcription;
    private SelectedPassage chosen;
    private CitationDetails cited;

    PassagePicker() {
        addClassName("archive-passage-picker");
        text.addClassName("archive-passage-picker-text");
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("role", "document");
        text.getElement().setAttribute("aria-label", "Transcription: select the words the record cites");
        chosenView.addClassName("archive-passage-text");
        chosenView.setId("archive-chosen-passage");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, chosenView, clear);
        showChosen();
        addAttachListener(attach -> getElement().executeJs(LISTEN, text.getElement()));
    }

    /** Shows a transcription to select in; a passage chosen in another one is forgotten. */
    void show(Transcription newTranscription) {
        transcription = newTranscription;
        text.setText(newTranscription == null ? "" : newTranscription.text());
        text.setVisible(newTranscription != null);
        choose(null);
    }

    /** The passage the record cites now (when revising it): kept unless other words are selected. */
    void showCited(CitationDetails citation) {
        cited = citation;
        showChosen();
    }

    Optional<SelectedPassage> chosen() {
        return Optional.ofNullable(chosen);
    }

    Optional<Transcription> transcription() {
        return Optional.ofNullable(transcription);
    }

    /** The browser's report of a selection: offsets into the transcription's text, in UTF-16 units. */
    @ClientCallable
    void select(int from, int to) {
        if (transcription != null) {
            SelectedPassage.of(transcription, from, to).ifPresent(this::choose);
        }
    }

    Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    private void choose(SelectedPassage passage) {
        chosen = passage;
        showChosen();
        fireEvent(new Chosen(this));
    }

    private void showChosen() {
        chosenView.removeAll();
        clear.setVisible(chosen != null);
        if (chosen != null) {
            chosenView.add(new Span("Cites: "));
            showPassage(chosen.prefix(), chosen.exact(), chosen.suffix());
        } else if (cited != null) {
            chosenView.add(new Span("Cites now (select other words to cite those instead): "));
            showPassage(cited.prefix(), cited.exact(), cited.suffix());
        } else {
            chosenView.add(new Span(transcription == null ? "Choose the source to see its transcription."
                    : "Select the cited words in the transcription above. Without a selection the archive looks "
                    + "for the record's own text in it."));
        }
    }

    private void showPassage(String prefix, String exact, String suffix) {
        if (prefix != null && !prefix.isEmpty()) {
            chosenView.add(new Span("…" + prefix));
        }
        chosenView.add(new Mark(exact));
        if (suffix != null && !suffix.isEmpty()) {
            chosenView.add(new Span(suffix + "…"));
        }
    }

    /** The chosen passage changed (or was cleared). */
    static final class Chosen extends ComponentEvent<PassagePicker> {

        Chosen(PassagePicker source) {
            super(source, false);
        }
    }
}
