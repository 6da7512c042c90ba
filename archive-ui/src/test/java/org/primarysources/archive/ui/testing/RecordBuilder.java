package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Published records for tests: {@code RecordBuilder.aQuote().id(7).text("…").by("Joseph Stalin").build()}. */
public final class RecordBuilder {

    public static final SourceRef TREATY = new SourceRef(3, "Soviet–Lithuanian Mutual Assistance Treaty");

    private long id = 1;
    private final RecordKind kind;
    private int version = 1;
    private String label;
    private String text = "virtual sacrifice of independence.";
    private String language = "en";
    private final List<Translation> translations = new ArrayList<>();
    private Reference speaker;
    private PartialDate date;
    private String name;
    private final List<CitationDetails> citations = new ArrayList<>();
    private Verification verification = Verification.VERIFIED;
    private boolean retracted;
    private Activity activity = Activity.IMPORT;
    private SourceRef source = TREATY;

    private RecordBuilder(RecordKind kind) {
        this.kind = kind;
    }

    public static RecordBuilder aQuote() {
        return new RecordBuilder(RecordKind.QUOTE);
    }

    public static RecordBuilder aClause() {
        return new RecordBuilder(RecordKind.CLAUSE).label("Article VII")
                .text("Sovereignty is not affected by this treaty.");
    }

    public static RecordBuilder anEntity() {
        RecordBuilder entity = new RecordBuilder(RecordKind.ENTITY).text("A river in Lithuania.");
        entity.name = "Šešupė";
        entity.verification = null;
        return entity;
    }

    public RecordBuilder id(long newId) {
        id = newId;
        return this;
    }

    public RecordBuilder version(int newVersion) {
        version = newVersion;
        return this;
    }

    public RecordBuilder label(String newLabel) {
        label = newLabel;
        return this;
    }

    public RecordBuilder text(String newText) {
        text = newText;
        return this;
    }

    public RecordBuilder language(String newLanguage) {
        language = newLanguage;
        return this;
    }

    public RecordBuilder translatedTo(String translationLanguage, String translation) {
        translations.add(new Translation(translationLanguage, translation));
        return this;
    }

    public RecordBuilder by(String speakerName) {
        speaker = new Reference(99, speakerName);
        return this;
    }

    public RecordBuilder on(String isoDate) {
        date = PartialDate.parse(isoDate);
        return this;
    }

    public RecordBuilder citing(String prefix, String exact, String suffix) {
        citations.add(new CitationDetails(TREATY.id(), TREATY.title(), 1, "article-locator", "VII", exact, prefix,
                suffix, 100, 100 + exact.length(), "a".repeat(64), Verification.VERIFIED));
        return this;
    }

    /** Cites exactly this, e.g. a citation placed in a source by {@link SourceBuilder#cite}. */
    public RecordBuilder citing(CitationDetails citation) {
        citations.add(citation);
        return this;
    }

    /** Taken from this source (the treaty unless told). */
    public RecordBuilder from(SourceRef newSource) {
        source = newSource;
        return this;
    }

    public RecordBuilder verification(Verification newVerification) {
        verification = newVerification;
        return this;
    }

    public RecordBuilder retracted() {
        retracted = true;
        activity = Activity.RETRACTION;
        return this;
    }

    public RecordBuilder activity(Activity newActivity) {
        activity = newActivity;
        return this;
    }

    public RecordDetails build() {
        return new RecordDetails(id, kind, version, label, kind == RecordKind.CLAUSE ? 7 : null, text, language,
                List.copyOf(translations), speaker, source, date, null, null, name, List.of(),
                kind == RecordKind.ENTITY ? text : null, null, List.copyOf(citations), verification,
                String.format("%064x", id * 1000 + version), activity,
                Instant.parse("2025-10-10T12:00:00Z").plusSeconds(3600L * version), retracted);
    }
}
