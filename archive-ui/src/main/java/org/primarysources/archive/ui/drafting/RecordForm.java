package org.primarysources.archive.ui.drafting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.LocatorLabel;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.core.source.Transcription;
import org.primarysources.archive.ui.components.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record editor's form: the fields of a clause, quote or entity, checked at the field as the archivist types
 * (Bean Validation on {@link RecordDraft}), and the cited passage picked in the transcription. It holds no
 * service: it is given the sources and speakers, asks for a transcription by firing {@link SourceChosen}, and
 * fires {@link SaveEvent} when a valid draft is to be saved or submitted.
 */
class RecordForm extends Div {

    private static final Pattern DATE_SHAPE = Pattern.compile("(~|circa )?\\d{1,4}(-\\d{2}(-\\d{2})?)?");

    private final BeanValidationBinder<RecordDraft> binder = new BeanValidationBinder<>(RecordDraft.class);
    private final RadioButtonGroup<RecordKind> kind = new RadioButtonGroup<>("Kind");
    private final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    private final TextField label = new TextField("Label");
    private final TextField name = new TextField("Name");
    private final ComboBox<EntityType> entityType = new ComboBox<>("Type");
    private final TextArea text = new TextArea("Text");
    private final TextField language = new TextField("Language");
    private final TextArea translation = new TextArea("Translation");
    private final TextField translationLanguage = new TextField("Language of the translation");
    private final ComboBox<Reference> speaker = new ComboBox<>("Speaker");
    private final TextField date = new TextField("Date");
    private final TextField occasion = new TextField("Occasion");
    private final ComboBox<Attribution> attribution = new ComboBox<>("Attribution");
    private final PassagePicker passage = new PassagePicker();
    private final ComboBox<String> locatorLabel = new ComboBox<>("Locator");
    private final TextField locator = new TextField("At");
    private final TextArea note = new TextArea("Note to the editors (optional)");
    private final Map<String, Component> fields = new LinkedHashMap<>();

    RecordForm(List<SourceSummary> sources, List<Reference> speakers) {
        addClassName("archive-record-form");
        configureFields(sources, speakers);
        bindFields();
        add(createWhat(), createCitation(), createButtons());
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        source.addValueChangeListener(change -> fireEvent(new SourceChosen(this, change.getValue())));
        showFieldsOf(null);
    }

    private void configureFields(List<SourceSummary> sources, List<Reference> speakers) {
        kind.setItems(RecordKind.CLAUSE, RecordKind.QUOTE, RecordKind.ENTITY);
        kind.setItemLabelGenerator(k -> Texts.words(k.name()));
        source.setItems(sources);
        source.setItemLabelGenerator(SourceSummary::title);
        source.setWidthFull();
        label.setHelperText("How the source numbers it, e.g. Article VII");
        entityType.setItems(EntityType.values());
        entityType.setItemLabelGenerator(t -> Texts.words(t.name()));
        text.setWidthFull();
        language.setHelperText("A language tag: lt, de, ru, en-GB");
        translation.setWidthFull();
        speaker.setItems(speakers);
        speaker.setItemLabelGenerator(Reference::name);
        speaker.setClearButtonVisible(true);
        speaker.setHelperText("A published person or organisation. Someone new? Draft them first as an entity "
                + "(New record, kind Entity); once an editor approves it, they can be chosen here.");
        date.setHelperText("YYYY, YYYY-MM or YYYY-MM-DD; ~ before it for circa");
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> Texts.words(a.name()));
        attribution.setClearButtonVisible(true);
        locatorLabel.setItems(LocatorLabel.names());
        locatorLabel.setItemLabelGenerator(RecordForm::locatorName);
        locatorLabel.setClearButtonVisible(true);
        locator.setHelperText("e.g. VII for article VII, 12 for page 12");
        note.setWidthFull();
    }

    private void bindFields() {
        binder.forField(kind).bind("kind");
        binder.forField(source).bind("source");
        binder.forField(label).bind("label");
        binder.forField(name)
                .withValidator(value -> kind.getValue() != RecordKind.ENTITY || (value != null && !value.isBlank()),
                        "an entity needs a name")
                .bind("name");
        binder.forField(entityType).bind("entityType");
        binder.forField(text).bind("text");
        binder.forField(language).bind("language");
        binder.forField(translation).bind("translation");
        binder.forField(translationLanguage).bind("translationLanguage");
        binder.forField(speaker).bind("speaker");
        binder.forField(date).withValidator(RecordForm::isCalendarDate, "not a date in the calendar (years 1–9999)")
                .bind("date");
        binder.forField(occasion).bind("occasion");
        binder.forField(attribution).bind("attribution");
        binder.forField(locatorLabel).bind("locatorLabel");
        binder.forField(locator).bind("locator");
        binder.forField(note).bind("note");
        fields.putAll(Map.of("kind", kind, "sourceId", source, "label", label, "name", name, "entityType", entityType,
                "text", text, "language", language, "speakerId", speaker, "date", date, "occasion", occasion));
        fields.putAll(Map.of("attribution", attribution, "translations", translation, "note", note));
    }

    /** The day exists (30 February does not), as core's {@link PartialDate} checks; the shape is the bean's. */
    private static boolean isCalendarDate(String value) {
        if (value == null || !DATE_SHAPE.matcher(value.strip()).matches()) {
            return true;
        }
        try {
            PartialDate.parse(value);
            return true;
        } catch (InvalidInputException notADate) {
            return false;
        }
    }

    private Component createWhat() {
        Div grid = new Div(kind, source, label, name, entityType, text, language, translation, translationLanguage,
                speaker, date, occasion, attribution);
        grid.addClassName("archive-form-fields");
        Section section = new Section(new H2("The record"), grid);
        section.addClassName("archive-record-form-what");
        return section;
    }

    private Component createCitation() {
        Paragraph how = new Paragraph("Select the words the record cites in the source's transcription; the "
                + "archive records them with a little text before and after, and checks them against the "
                + "transcription when the record is published.");
        Div where = new Div(locatorLabel, locator);
        where.addClassName("archive-form-fields");
        Section section = new Section(new H2("The cited passage"), how, passage, where);
        section.addClassName("archive-record-form-citation");
        return section;
    }

    private Component createButtons() {
        Button save = new Button("Save draft", VaadinIcon.DISC.create(), click -> save(false));
        Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE_O.create(), click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(submit, save);
        buttons.addClassName("archive-decision-buttons");
        Div actions = new Div(note, buttons);
        actions.addClassName("archive-record-form-actions");
        return actions;
    }

    private void save(boolean toReview) {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, toReview));
        }
    }

    /** Fills the form; a revised record keeps its kind and source. */
    void edit(RecordDraft draft, boolean revising) {
        binder.setBean(draft);
        kind.setReadOnly(revising);
        source.setReadOnly(revising);
        showFieldsOf(draft.getKind());
    }

    RecordDraft draft() {
        return binder.getBean();
    }

    void showTranscription(Transcription transcription) {
        passage.show(transcription);
    }

    void showCited(CitationDetails citation) {
        passage.showCited(citation);
    }

    Optional<SelectedPassage> passage() {
        return passage.chosen();
    }

    /**
     * Shows the archive's refusal at the field it names ({@code text}, {@code record.sourceId},
     * {@code citations[0].label}, …); false when no field of the form matches.
     */
    boolean showProblem(String field, String message) {
        Component shown = fieldNamed(field);
        if (shown instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
            return true;
        }
        return false;
    }

    private Component fieldNamed(String field) {
        if (field == null) {
            return null;
        }
        String bare = field.replaceFirst("^record\\.", "");
        if (bare.startsWith("citations[")) {
            return bare.endsWith(".label") ? locatorLabel : bare.endsWith(".locator") ? locator : null;
        }
        return fields.get(bare.replaceFirst("\\[.*$", ""));
    }

    private void showFieldsOf(RecordKind shown) {
        boolean clause = shown == RecordKind.CLAUSE;
        boolean quote = shown == RecordKind.QUOTE;
        boolean entity = shown == RecordKind.ENTITY;
        label.setVisible(clause);
        name.setVisible(entity);
        name.setRequiredIndicatorVisible(entity);
        entityType.setVisible(entity);
        text.setLabel(entity ? "Description" : "Text");
        translation.setVisible(quote);
        translationLanguage.setVisible(quote);
        speaker.setVisible(quote);
        occasion.setVisible(quote);
        attribution.setVisible(quote);
        date.setVisible(!entity);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addSourceListener(ComponentEventListener<SourceChosen> listener) {
        return addListener(SourceChosen.class, listener);
    }

    private static String locatorName(String label) {
        return switch (label) {
            case "article-locator" -> "article";
            case "title-locator" -> "title";
            case "sub-verbo" -> "sub verbo";
            default -> label;
        };
    }

    /** A valid draft to save — and, when {@code toReview}, to send to the review queue. */
    static final class SaveEvent extends ComponentEvent<RecordForm> {

        private final boolean toReview;

        SaveEvent(RecordForm form, boolean toReview) {
            super(form, false);
            this.toReview = toReview;
        }

        boolean toReview() {
            return toReview;
        }
    }

    /** The archivist chose another source: the form wants its transcription. */
    static final class SourceChosen extends ComponentEvent<RecordForm> {

        private final SourceSummary source;

        SourceChosen(RecordForm form, SourceSummary source) {
            super(form, false);
            this.source = source;
        }

        SourceSummary source() {
            return source;
        }
    }
}
