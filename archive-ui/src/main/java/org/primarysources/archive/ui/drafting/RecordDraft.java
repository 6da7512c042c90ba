package org.primarysources.archive.ui.drafting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.EntityContent;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.QuoteContent;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordDrafts;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * A record as the editor's form holds it while the archivist writes, with the archive's limits as Bean Validation
 * constraints so they are shown at the field; {@link #toContent} turns it into what a change proposes. What the
 * form does not show of a revised record (its ordinal, alternative names, further translations and citations) is
 * kept as it was.
 */
public class RecordDraft {

    @NotNull(message = "choose what kind of record this is")
    private RecordKind kind;
    @NotNull(message = "choose the source the record is taken from")
    private SourceSummary source;
    @Size(max = RecordContent.MAX_SHORT_LENGTH)
    private String label;
    @Size(max = RecordContent.MAX_SHORT_LENGTH)
    private String name;
    private EntityType entityType;
    @NotBlank(message = "a record needs a text")
    @Size(max = RecordContent.MAX_TEXT_LENGTH, message = "a text has at most {max} characters")
    private String text;
    @Pattern(regexp = "|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "a language tag such as lt, de or en-GB")
    private String language;
    @Size(max = RecordContent.MAX_TEXT_LENGTH, message = "a text has at most {max} characters")
    private String translation;
    @Pattern(regexp = "|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "a language tag such as lt, de or en-GB")
    private String translationLanguage = "en";
    private Reference speaker;
    @Pattern(regexp = "|(~|circa )?\\d{1,4}(-\\d{2}(-\\d{2})?)?",
            message = "write a date as YYYY, YYYY-MM or YYYY-MM-DD (~ before it for circa)")
    private String date;
    @Size(max = RecordContent.MAX_SHORT_LENGTH)
    private String occasion;
    private Attribution attribution;
    @KnownLocatorLabel
    private String locatorLabel;
    @Size(max = RecordContent.MAX_SHORT_LENGTH)
    private String locator;
    @Size(max = 10_000, message = "a note has at most {max} characters")
    private String note;

    /** A new record of the given kind from the given source (either may be null). */
    public static RecordDraft of(RecordKind kind, SourceSummary source) {
        RecordDraft draft = new RecordDraft();
        draft.kind = kind;
        draft.source = source;
        return draft;
    }

    /** A published record to revise; {@code source} is its source as the chooser lists it. */
    public static RecordDraft of(RecordDetails record, SourceSummary source) {
        RecordDraft draft = of(record.kind(), source);
        draft.label = record.label();
        draft.name = record.name();
        draft.entityType = record.entityType();
        draft.text = record.text();
        draft.language = record.language();
        if (!record.translations().isEmpty()) {
            draft.translation = record.translations().get(0).text();
            draft.translationLanguage = record.translations().get(0).language();
        }
        draft.speaker = record.speaker();
        draft.date = record.date() == null ? null : record.date().toString();
        draft.occasion = record.occasion();
        draft.attribution = record.attribution();
        if (!record.citations().isEmpty()) {
            CitationDetails citation = record.citations().get(0);
            draft.locatorLabel = citation.label();
            draft.locator = citation.locator();
        }
        return draft;
    }

    /**
     * What the change proposes: this draft, citing {@code passage} (null: the passage cited so far, or the record's
     * own text if it cited none), over what the revised record {@code base} holds beyond the form (null: a new one).
     *
     * @throws org.primarysources.archive.core.error.InvalidInputException naming the field the archive refuses
     */
    public RecordContent toContent(SelectedPassage passage, RecordDetails base) {
        RecordContent kept = base == null ? null : RecordDrafts.contentOf(base);
        List<Translation> translations = new ArrayList<>();
        if (!blank(translation)) {
            translations.add(new Translation(blank(translationLanguage) ? "en" : translationLanguage.strip(),
                    translation.strip()));
        }
        if (kept instanceof QuoteContent quote && quote.translations().size() > 1) {
            translations.addAll(quote.translations().subList(1, quote.translations().size()));
        }
        long sourceId = source == null ? 0 : source.id();
        List<CitationInput> citations = citations(passage, kept);
        if (kind == null || !kind.isRecord()) {
            throw new InvalidInputException("kind", "a record's kind is CLAUSE, QUOTE or ENTITY");
        }
        return switch (kind) {
            case CLAUSE -> new ClauseContent(sourceId, orNull(label),
                    kept instanceof ClauseContent clause ? clause.ordinal() : null, text, orNull(language), List.of(),
                    PartialDate.parse(date), citations);
            case QUOTE -> new QuoteContent(sourceId, text, orNull(language), translations,
                    speaker == null ? null : speaker.id(), PartialDate.parse(date), orNull(occasion), attribution,
                    citations);
            case ENTITY -> new EntityContent(sourceId, orNull(name),
                    kept instanceof EntityContent entity ? entity.alternativeNames() : List.of(), entityType, text,
                    orNull(language), citations);
            case SOURCE -> throw new IllegalStateException("checked above");
        };
    }

    private List<CitationInput> citations(SelectedPassage passage, RecordContent kept) {
        List<CitationInput> citations = new ArrayList<>(kept == null ? List.of() : kept.citations());
        CitationInput first;
        if (passage != null) {
            first = passage.toCitation(orNull(locatorLabel), orNull(locator));
        } else if (!citations.isEmpty()) {
            CitationInput was = citations.get(0);
            first = new CitationInput(was.sourceVersion(), orNull(locatorLabel), orNull(locator), was.exact(),
                    was.prefix(), was.suffix());
        } else if (!blank(locatorLabel) || !blank(locator)) {
            // cites the record's own words at the locator, as the archive does for a record citing nothing
            first = new CitationInput(null, orNull(locatorLabel), orNull(locator), text, null, null);
        } else {
            return citations;
        }
        if (citations.isEmpty()) {
            citations.add(first);
        } else {
            citations.set(0, first);
        }
        return citations;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public SourceSummary getSource() {
        return source;
    }

    public void setSource(SourceSummary source) {
        this.source = source;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public void setEntityType(EntityType entityType) {
        this.entityType = entityType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTranslation() {
        return translation;
    }

    public void setTranslation(String translation) {
        this.translation = translation;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public Reference getSpeaker() {
        return speaker;
    }

    public void setSpeaker(Reference speaker) {
        this.speaker = speaker;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public void setAttribution(Attribution attribution) {
        this.attribution = attribution;
    }

    public String getLocatorLabel() {
        return locatorLabel;
    }

    public void setLocatorLabel(String locatorLabel) {
        this.locatorLabel = locatorLabel;
    }

    public String getLocator() {
        return locator;
    }

    public void setLocator(String locator) {
        this.locator = locator;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
