package org.primarysources.archive.core.harvesting;

import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.text.Shortening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An item described in simple Dublin Core ({@code oai_dc}), the format every harvester reads. The mapping is the
 * table in the README's "Harvesting (OAI-PMH)": a record's identifier is its page under the archive's public
 * address, its relation the page of the version a citation names; its rights are its source's.
 */
final class DublinCore {

    /** How long a quote's or an unlabelled clause's text may be in a title. */
    static final int TITLE_WIDTH = 120;
    /** The DCMI Type Vocabulary's term for what clauses, quotes and sources are. */
    static final String TEXT = "Text";

    private final PublicAddresses addresses;

    DublinCore(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    /** One Dublin Core element: {@code name} is the local name in the {@code dc} namespace. */
    record Element(String name, String value) {
    }

    /** The description of a record's published version; {@code source} is its source's metadata, if known. */
    List<Element> of(RecordDetails record, SourceDetails source) {
        Elements dc = new Elements();
        dc.add("title", title(record));
        if (record.kind() == RecordKind.QUOTE && record.speaker() != null) {
            dc.add("creator", record.speaker().name());
        }
        dc.add("description", record.text());
        dc.add("date", record.date() == null ? null : record.date().toString());
        if (record.kind() != RecordKind.ENTITY) {
            dc.add("type", TEXT);
        }
        dc.add("type", record.kind().name().toLowerCase(Locale.ROOT));
        dc.add("identifier", addresses.record(record.id()).toString());
        dc.add("source", addresses.source(record.source().id()).toString());
        dc.add("language", record.language());
        dc.add("relation", addresses.recordVersion(record.id(), record.version()).toString());
        if (record.speaker() != null) {
            dc.add("relation", addresses.record(record.speaker().id()).toString());
        }
        dc.add("rights", source == null ? null : source.rights());
        return dc.elements;
    }

    /** The description of a source's published version (its transcription is not part of it). */
    List<Element> of(SourceDetails source) {
        Elements dc = new Elements();
        dc.add("title", source.title());
        source.subjects().forEach(subject -> dc.add("subject", subject));
        dc.add("date", source.date() == null ? null : source.date().toString());
        dc.add("type", TEXT);
        dc.add("type", "source");
        dc.add("type", source.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        dc.add("identifier", addresses.source(source.id()).toString());
        dc.add("source", holding(source));
        source.languages().forEach(language -> dc.add("language", language));
        dc.add("relation", source.url());
        dc.add("rights", source.rights());
        return dc.elements;
    }

    private static String title(RecordDetails record) {
        return switch (record.kind()) {
            case CLAUSE -> record.label() == null ? Shortening.title(record.text(), TITLE_WIDTH)
                    : record.source().title() == null ? record.label()
                    : record.label() + ", " + record.source().title();
            case QUOTE -> (record.speaker() == null || record.speaker().name() == null ? ""
                    : record.speaker().name() + ": ") + "“" + Shortening.title(record.text(), TITLE_WIDTH) + "”";
            default -> record.name(); // an entity's name (records are never of kind SOURCE)
        };
    }

    /** Where the document is kept: the institution and its call number, as far as they are known. */
    private static String holding(SourceDetails source) {
        String institution = blankToNull(source.holdingInstitution());
        String callNumber = blankToNull(source.callNumber());
        if (institution == null || callNumber == null) {
            return institution == null ? callNumber : institution;
        }
        return institution + ", " + callNumber;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Elements in order; an absent or blank value is left out (Dublin Core has no empty elements). */
    private static final class Elements {
        private final List<Element> elements = new ArrayList<>();

        void add(String name, String value) {
            if (value != null && !value.isBlank()) {
                elements.add(new Element(name, value));
            }
        }
    }
}
