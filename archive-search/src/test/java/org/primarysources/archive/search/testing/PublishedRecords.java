package org.primarysources.archive.search.testing;

import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Published records for tests: {@code PublishedRecords.aClause().labelled("Article VII").saying("…").build()}.
 * Each builder is immutable; every call returns a new one.
 */
public final class PublishedRecords {

    private static final AtomicLong IDS = new AtomicLong(1_000);
    public static final SourceRef TREATY = new SourceRef(11, "Treaty of Mutual Assistance");

    private PublishedRecords() {
    }

    public static Builder aClause() {
        return new Builder(RecordKind.CLAUSE).labelled("Article I").from(TREATY).on("1939-10-10")
                .saying("The contracting parties undertake to respect each other's sovereignty.");
    }

    public static Builder aQuote() {
        return new Builder(RecordKind.QUOTE).by(0, null).from(new SourceRef(12, "Press cuttings"))
                .on("1939-10-12").saying("Words someone said.").attributed(Attribution.CERTAIN);
    }

    public static Builder anEntity() {
        return new Builder(RecordKind.ENTITY).named("Vilnius").describedAs("Capital of Lithuania.")
                .ofType(EntityType.PLACE).language(null).on(null);
    }

    public static final class Builder {
        private final long id;
        private final RecordKind kind;
        private final int version;
        private final String label;
        private final String text;
        private final String language;
        private final List<Translation> translations;
        private final Reference speaker;
        private final SourceRef source;
        private final PartialDate date;
        private final Attribution attribution;
        private final String name;
        private final String description;
        private final EntityType entityType;
        private final boolean retracted;

        private Builder(RecordKind kind) {
            this(IDS.incrementAndGet(), kind, 1, null, null, "en", List.of(), null, null, null, null, null, null,
                    null, false);
        }

        private Builder(long id, RecordKind kind, int version, String label, String text, String language,
                        List<Translation> translations, Reference speaker, SourceRef source, PartialDate date,
                        Attribution attribution, String name, String description, EntityType entityType,
                        boolean retracted) {
            this.id = id;
            this.kind = kind;
            this.version = version;
            this.label = label;
            this.text = text;
            this.language = language;
            this.translations = translations;
            this.speaker = speaker;
            this.source = source;
            this.date = date;
            this.attribution = attribution;
            this.name = name;
            this.description = description;
            this.entityType = entityType;
            this.retracted = retracted;
        }

        public Builder withId(long id) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder version(int version) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder labelled(String label) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder saying(String text) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder language(String language) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder translated(String language, String text) {
            List<Translation> more = new ArrayList<>(translations);
            more.add(new Translation(language, text));
            return new Builder(id, kind, version, label, this.text, this.language, List.copyOf(more), speaker,
                    source, date, attribution, name, description, entityType, retracted);
        }

        public Builder by(long speakerId, String speakerName) {
            Reference speaker = speakerName == null ? null : new Reference(speakerId, speakerName);
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder by(String speakerName) {
            return by(Math.abs(speakerName.hashCode()) + 1L, speakerName);
        }

        public Builder from(SourceRef source) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder on(String isoDate) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source,
                    PartialDate.parse(isoDate), attribution, name, description, entityType, retracted);
        }

        public Builder attributed(Attribution attribution) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder named(String name) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder describedAs(String description) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder ofType(EntityType entityType) {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, retracted);
        }

        public Builder retracted() {
            return new Builder(id, kind, version, label, text, language, translations, speaker, source, date,
                    attribution, name, description, entityType, true);
        }

        public long id() {
            return id;
        }

        public RecordDetails build() {
            boolean entity = kind == RecordKind.ENTITY;
            boolean quote = kind == RecordKind.QUOTE;
            return new RecordDetails(id, kind, version,
                    kind == RecordKind.CLAUSE ? label : null,
                    kind == RecordKind.CLAUSE ? 1 : null,
                    entity ? null : text,
                    language,
                    quote ? translations : List.of(),
                    quote ? speaker : null,
                    source,
                    date,
                    quote ? "Press conference" : null,
                    quote ? attribution : null,
                    entity ? name : null,
                    List.of(),
                    entity ? description : null,
                    entity ? entityType : null,
                    List.of(),
                    entity ? null : Verification.VERIFIED,
                    "sha256-" + id + "-" + version,
                    Activity.IMPORT,
                    Instant.parse("2026-01-02T03:04:05Z"),
                    retracted);
        }
    }
}
