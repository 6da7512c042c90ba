package org.primarysources.archive.core.record;

import org.primarysources.archive.core.source.PartialDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Test data: clauses, quotes and entities with sensible defaults (English, no citation unless asked), changed
 * with fluent setters. In archive-core's test-jar, for every module's tests.
 *
 * <pre>{@code aClause(sourceId, "Sovereignty is not affected").label("Article VII").ordinal(7)
 *         .citing(new CitationInput(1, "article-locator", "VII", text, null, null)).build()}</pre>
 */
public final class RecordContents {

    private RecordContents() {
    }

    public static Clause aClause(long sourceId, String text) {
        return new Clause(sourceId, text);
    }

    public static Quote aQuote(long sourceId, String text) {
        return new Quote(sourceId, text);
    }

    public static Entity anEntity(long sourceId, String name, String description) {
        return new Entity(sourceId, name, description);
    }

    /** What the builders share: source, words, language, citations. */
    abstract static class Builder<B extends Builder<B>> {
        final long sourceId;
        final String text;
        String language = "en";
        final List<CitationInput> citations = new ArrayList<>();

        Builder(long sourceId, String text) {
            this.sourceId = sourceId;
            this.text = text;
        }

        public B language(String language) {
            this.language = language;
            return self();
        }

        public B citing(CitationInput citation) {
            citations.add(citation);
            return self();
        }

        abstract B self();

        public abstract RecordContent build();
    }

    public static final class Clause extends Builder<Clause> {
        private String label;
        private Integer ordinal;
        private PartialDate date;

        private Clause(long sourceId, String text) {
            super(sourceId, text);
        }

        public Clause label(String label) {
            this.label = label;
            return this;
        }

        public Clause ordinal(int ordinal) {
            this.ordinal = ordinal;
            return this;
        }

        public Clause date(String date) {
            this.date = PartialDate.parse(date);
            return this;
        }

        @Override
        Clause self() {
            return this;
        }

        @Override
        public ClauseContent build() {
            return new ClauseContent(sourceId, label, ordinal, text, language, List.of(), date, citations);
        }
    }

    public static final class Quote extends Builder<Quote> {
        private final List<Translation> translations = new ArrayList<>();
        private Long speakerId;
        private PartialDate date;
        private String occasion;
        private Attribution attribution;

        private Quote(long sourceId, String text) {
            super(sourceId, text);
        }

        public Quote translated(String language, String text) {
            translations.add(new Translation(language, text));
            return this;
        }

        public Quote saidBy(long speakerId, Attribution attribution) {
            this.speakerId = speakerId;
            this.attribution = attribution;
            return this;
        }

        public Quote on(String date, String occasion) {
            this.date = PartialDate.parse(date);
            this.occasion = occasion;
            return this;
        }

        @Override
        Quote self() {
            return this;
        }

        @Override
        public QuoteContent build() {
            return new QuoteContent(sourceId, text, language, translations, speakerId, date, occasion, attribution,
                    citations);
        }
    }

    public static final class Entity extends Builder<Entity> {
        private final String name;
        private final List<String> alternativeNames = new ArrayList<>();
        private EntityType type;

        private Entity(long sourceId, String name, String description) {
            super(sourceId, description);
            this.name = name;
        }

        public Entity alsoNamed(String name) {
            alternativeNames.add(name);
            return this;
        }

        public Entity type(EntityType type) {
            this.type = type;
            return this;
        }

        @Override
        Entity self() {
            return this;
        }

        @Override
        public EntityContent build() {
            return new EntityContent(sourceId, name, alternativeNames, type, text, language, citations);
        }
    }
}
