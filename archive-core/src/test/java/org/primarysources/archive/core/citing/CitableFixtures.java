package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Citable records and their sources for tests: Article VII of the German–Soviet non-aggression treaty of
 * 23 August 1939, and Stalin's "Life has become better" from his speech to the Stakhanovites, as Pravda printed it.
 */
final class CitableFixtures {

    static final String TREATY_TEXT_HASH = "e73d07ec103aac99e119c9b4d4910f2fd24af9581bd1fb541de7eb246ab1ae5b";
    static final String SPEECH_TEXT_HASH = "9973a7975fb8eba976261421c860c56fb2c8632b37754a643f160544a72c88e2";
    static final String CLAUSE_HASH = "85c1ab1e9a08cdff765e1378e92c5c08eb5e37f6533fa6b260280ca19f3d1a46";
    static final String QUOTE_HASH = "d60ce080092962593f49dd4ebb5b2032f8d9a6555ec16264f7e7af72ad825367";
    static final LocalDate ACCESSED = LocalDate.of(2024, 5, 1);

    private CitableFixtures() {
    }

    static URI versionUrl(RecordDetails record) {
        return URI.create("https://archive.example.org/records/" + record.id() + "/versions/" + record.version());
    }

    static SourceBuilder aTreaty() {
        return new SourceBuilder(7, "Nichtangriffsvertrag zwischen Deutschland und der Union der Sozialistischen "
                + "Sowjetrepubliken", SourceType.TREATY).dated("1939-08-23").inLanguages("de", "ru")
                .heldBy("Politisches Archiv des Auswärtigen Amts", "PA AA, Verträge 1939/12").hashed(TREATY_TEXT_HASH);
    }

    static SourceBuilder aNewspaperArticle() {
        return new SourceBuilder(11, "Речь товарища Сталина на Первом Всесоюзном совещании стахановцев",
                SourceType.NEWSPAPER_ARTICLE).dated("1935-11-22").inLanguages("ru").hashed(SPEECH_TEXT_HASH);
    }

    static RecordBuilder aClause() {
        return new RecordBuilder(42, RecordKind.CLAUSE).version(3).labelled("Article VII")
                .saying("Der gegenwärtige Vertrag soll in möglichst kurzer Zeit ratifiziert werden.", "de")
                .at("article-locator", "VII").hashed(CLAUSE_HASH);
    }

    static RecordBuilder aQuote() {
        return new RecordBuilder(108, RecordKind.QUOTE).version(1).by("Joseph Stalin")
                .saying("Жить стало лучше, товарищи. Жить стало веселее.", "ru").dated("1935-11-17")
                .at("page", "1").hashed(QUOTE_HASH);
    }

    static final class SourceBuilder {
        private final long id;
        private String title;
        private SourceType type;
        private PartialDate date;
        private List<String> languages = List.of();
        private String holdingInstitution;
        private String callNumber;
        private String transcriptionHash;

        private SourceBuilder(long id, String title, SourceType type) {
            this.id = id;
            this.title = title;
            this.type = type;
        }

        SourceBuilder titled(String title) {
            this.title = title;
            return this;
        }

        SourceBuilder ofType(SourceType type) {
            this.type = type;
            return this;
        }

        SourceBuilder dated(String date) {
            this.date = PartialDate.parse(date);
            return this;
        }

        SourceBuilder inLanguages(String... languages) {
            this.languages = List.of(languages);
            return this;
        }

        SourceBuilder heldBy(String institution, String callNumber) {
            this.holdingInstitution = institution;
            this.callNumber = callNumber;
            return this;
        }

        SourceBuilder hashed(String transcriptionHash) {
            this.transcriptionHash = transcriptionHash;
            return this;
        }

        SourceDetails build() {
            return new SourceDetails(id, 2, title, type, date, languages, holdingInstitution, callNumber, null,
                    "public domain", List.of(), "…", transcriptionHash, "source-hash-" + id);
        }
    }

    static final class RecordBuilder {
        private final long id;
        private final RecordKind kind;
        private int version = 1;
        private String label;
        private String text;
        private String language;
        private String speaker;
        private PartialDate date;
        private Attribution attribution;
        private String locatorLabel;
        private String locator;
        private String hash;
        private SourceDetails source;

        private RecordBuilder(long id, RecordKind kind) {
            this.id = id;
            this.kind = kind;
            this.attribution = kind == RecordKind.QUOTE ? Attribution.CERTAIN : null;
        }

        RecordBuilder version(int version) {
            this.version = version;
            return this;
        }

        RecordBuilder labelled(String label) {
            this.label = label;
            return this;
        }

        RecordBuilder saying(String text, String language) {
            this.text = text;
            this.language = language;
            return this;
        }

        RecordBuilder by(String speaker) {
            this.speaker = speaker;
            return this;
        }

        RecordBuilder dated(String date) {
            this.date = PartialDate.parse(date);
            return this;
        }

        RecordBuilder attributed(Attribution attribution) {
            this.attribution = attribution;
            return this;
        }

        /** Where in the source the record stands: a CSL locator label and value; null for none. */
        RecordBuilder at(String locatorLabel, String locator) {
            this.locatorLabel = locatorLabel;
            this.locator = locator;
            return this;
        }

        RecordBuilder hashed(String hash) {
            this.hash = hash;
            return this;
        }

        RecordBuilder citing(SourceDetails source) {
            this.source = source;
            return this;
        }

        RecordDetails build() {
            SourceDetails cited = source != null ? source
                    : (kind == RecordKind.CLAUSE ? aTreaty() : aNewspaperArticle()).build();
            CitationDetails citation = new CitationDetails(cited.id(), cited.title(), cited.version(), locatorLabel,
                    locator, text, "", "", 0, text.length(), cited.transcriptionHash(), Verification.VERIFIED);
            boolean quote = kind == RecordKind.QUOTE;
            return new RecordDetails(id, kind, version, quote ? null : label, quote ? null : 7, text, language,
                    quote ? List.of(new Translation("en",
                            "Life has become better, comrades; life has become more joyous."))
                            : List.of(),
                    quote && speaker != null ? new Reference(3, speaker) : null,
                    new SourceRef(cited.id(), cited.title()),
                    date, quote ? "First All-Union Conference of Stakhanovites" : null, quote ? attribution : null,
                    null, List.of(), null, null, List.of(citation), Verification.VERIFIED, hash,
                    Activity.TRANSCRIPTION, Instant.parse("2024-04-01T10:00:00Z"), false);
        }
    }
}
