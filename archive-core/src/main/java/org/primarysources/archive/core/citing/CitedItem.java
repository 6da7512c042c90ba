package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.LocatorLabel;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.text.Shortening;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a researcher cites, in the shape every format shares: one version of a record as a part of its source.
 * <p>
 * The <em>item</em> is the record and the <em>container</em> is the source, so a reference names what is cited
 * even in a bibliography, where styles print no locator: a clause is titled by its label ("Article VII") or,
 * unlabelled, by the start of its text; a quote by its words (cut at a word boundary after
 * {@value #TITLE_LENGTH} characters), with the speaker as author. The container title is the source's title; the
 * item type is the source's CSL type. The date is the source's (a quote's own date when the source has none).
 * The cited position (locator and label) comes from the record's first citation of this source; a {@code page}
 * locator also fills CSL {@code page}, which styles print. The URL pins this record version; the notes carry the
 * SHA-256 of the cited transcription and the record version's hash-chain link, so a reader can check that the
 * words and the record are unchanged, and where the version stands in the archive's transparency log.
 */
record CitedItem(String id, SourceType sourceType, String title, String containerTitle, String author,
                 PartialDate issued, String locator, String label, URI url, LocalDate accessed, String archive,
                 String archiveLocation, String language, String textHash, String recordHash,
                 Attribution attribution, LogPosition log) {

    static final int TITLE_LENGTH = 100;

    static CitedItem of(RecordDetails record, SourceDetails source, URI versionUrl, LocalDate accessed) {
        return of(record, source, versionUrl, accessed, null);
    }

    static CitedItem of(RecordDetails record, SourceDetails source, URI versionUrl, LocalDate accessed,
                        LogPosition log) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(versionUrl, "versionUrl");
        Objects.requireNonNull(accessed, "accessed");
        if (record.kind() == RecordKind.ENTITY) {
            throw new InvalidInputException("record", "record " + record.id()
                    + " names a person, place or organisation; only clauses and quotes are cited");
        }
        CitationDetails citation = record.citations() == null ? null : record.citations().stream()
                .filter(c -> c.source() == source.id()).findFirst().orElse(null);
        String locator = citation == null ? null : blankToNull(citation.locator());
        return new CitedItem(
                "archive-record-" + record.id() + "-v" + record.version(),
                source.type() == null ? SourceType.OTHER : source.type(),
                title(record),
                source.title(),
                record.kind() == RecordKind.QUOTE && record.speaker() != null ? record.speaker().name() : null,
                source.date() != null ? source.date() : record.date(),
                locator,
                locator == null || citation.label() == null || !LocatorLabel.isKnown(citation.label())
                        ? null : citation.label(),
                versionUrl,
                accessed,
                blankToNull(source.holdingInstitution()),
                blankToNull(source.callNumber()),
                language(record, source),
                citation != null && citation.textHash() != null ? citation.textHash() : source.transcriptionHash(),
                record.hash(),
                record.kind() == RecordKind.QUOTE ? record.attribution() : null,
                log);
    }

    String cslType() {
        return sourceType.cslType();
    }

    /** The pages the item occupies, when the locator is a page: styles print {@code page} in a bibliography. */
    String page() {
        return "page".equals(label) ? locator : null;
    }

    /** The locator as a reader says it, e.g. {@code article VII}, {@code sub verbo Danzig}, {@code p. 3}. */
    String readableLocator() {
        if (locator == null) {
            return null;
        }
        String word = label == null || "page".equals(label) ? "p."
                : label.replace("-locator", "").replace('-', ' ');
        return word + " " + locator;
    }

    /**
     * Lines a reference manager keeps with the item: the hashes that let a reader check the text and the
     * version, and an attribution that is less than certain (a researcher must not quote a disputed line as fact).
     */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (attribution != null && attribution != Attribution.CERTAIN) {
            notes.add("attribution: " + attribution.name().toLowerCase(Locale.ROOT));
        }
        if (textHash != null) {
            notes.add("text-sha256: " + textHash);
        }
        if (recordHash != null) {
            notes.add("record-sha256: " + recordHash);
        }
        if (log != null) {
            notes.add(log.note());
        }
        return notes;
    }

    private static String title(RecordDetails record) {
        if (record.kind() == RecordKind.CLAUSE && record.label() != null && !record.label().isBlank()) {
            return record.label().strip();
        }
        return shortForm(record.text());
    }

    /** The text on one line, cut at the last word boundary within {@value #TITLE_LENGTH} characters. */
    static String shortForm(String text) {
        return Shortening.title(text, TITLE_LENGTH);
    }

    private static String language(RecordDetails record, SourceDetails source) {
        if (record.language() != null && !record.language().isBlank()) {
            return record.language();
        }
        return source.languages() == null || source.languages().isEmpty() ? null : source.languages().get(0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
