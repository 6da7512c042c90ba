package org.primarysources.archive.core.linkeddata;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.rdf.RdfGraph;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.primarysources.archive.core.rdf.Vocabulary.DATE;
import static org.primarysources.archive.core.rdf.Vocabulary.DCTERMS;
import static org.primarysources.archive.core.rdf.Vocabulary.ENTITY;
import static org.primarysources.archive.core.rdf.Vocabulary.PROV;
import static org.primarysources.archive.core.rdf.Vocabulary.SCHEMA;
import static org.primarysources.archive.core.rdf.Vocabulary.SPECIALIZATION_OF;
import static org.primarysources.archive.core.rdf.Vocabulary.STRING;
import static org.primarysources.archive.core.rdf.Vocabulary.WAS_QUOTED_FROM;
import static org.primarysources.archive.core.rdf.Vocabulary.WAS_REVISION_OF;
import static org.primarysources.archive.core.rdf.Vocabulary.XSD;
import static org.primarysources.archive.core.rdf.Vocabulary.YEAR;
import static org.primarysources.archive.core.rdf.Vocabulary.YEAR_MONTH;

/**
 * Maps a record version or a source to RDF. A record version is described at its version page (what citations
 * point at), a specialisation ({@code prov:specializationOf}, {@code dcterms:isVersionOf}) of the record's page and
 * a revision of the version before; it is part of its source, described at the source's page. Each fact is said in
 * schema.org, which search engines and Zotero read, and in Dublin Core terms, which library harvesters read.
 */
final class DescriptionMapping {

    private static final Map<String, String> PREFIXES = prefixes();

    private final PublicAddresses addresses;
    private final RdfGraph graph = new RdfGraph(PREFIXES);

    DescriptionMapping(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("schema", SCHEMA);
        prefixes.put("dcterms", DCTERMS);
        prefixes.put("prov", PROV);
        prefixes.put("xsd", XSD);
        return prefixes;
    }

    RdfGraph record(RecordDetails record) {
        String version = addresses.recordVersion(record.id(), record.version()).toString();
        String title = Titles.of(record);
        RdfGraph.Subject subject = graph.subject(version).type(recordTypes(record))
                .text(SCHEMA + "name", title)
                .text(DCTERMS + "title", title)
                .iri(SCHEMA + "url", version)
                .text(DCTERMS + "identifier", version)
                .integer(SCHEMA + "version", record.version())
                .dateTime(SCHEMA + "datePublished", record.publishedAt())
                .dateTime(DCTERMS + "issued", record.publishedAt())
                .text(SCHEMA + "inLanguage", record.language())
                .text(DCTERMS + "language", record.language())
                .iri(SPECIALIZATION_OF, addresses.record(record.id()).toString())
                .iri(DCTERMS + "isVersionOf", addresses.record(record.id()).toString())
                .iri(DCTERMS + "hasFormat", addresses.recordVersionApi(record.id(), record.version()).toString());
        if (record.version() > 1) {
            subject.iri(WAS_REVISION_OF, addresses.recordVersion(record.id(), record.version() - 1).toString());
        }
        if (record.kind() == RecordKind.ENTITY) {
            subject.text(SCHEMA + "description", record.description() != null ? record.description() : record.text());
            if (record.alternativeNames() != null) {
                record.alternativeNames().forEach(name -> subject.text(SCHEMA + "alternateName", name));
            }
        } else {
            subject.text(SCHEMA + "text", record.text()).text(DCTERMS + "description", record.text());
        }
        if (record.date() != null) {
            date(subject, SCHEMA + "dateCreated", record.date());
            date(subject, DCTERMS + "date", record.date());
        }
        if (record.speaker() != null) {
            String speaker = addresses.record(record.speaker().id()).toString();
            subject.iri(SCHEMA + "creator", speaker).iri(DCTERMS + "creator", speaker);
            graph.subject(speaker).type(SCHEMA + "Person").text(SCHEMA + "name", record.speaker().name());
        }
        if (record.retracted()) {
            subject.text(SCHEMA + "creativeWorkStatus", "Retracted");
        }
        if (record.source() != null) {
            String source = addresses.source(record.source().id()).toString();
            subject.iri(SCHEMA + "isPartOf", source).iri(DCTERMS + "isPartOf", source);
            for (CitationDetails citation : record.citations()) {
                subject.iri(WAS_QUOTED_FROM, addresses.source(citation.source()).toString());
            }
            graph.subject(source).type(SCHEMA + "CreativeWork", ENTITY)
                    .text(SCHEMA + "name", record.source().title())
                    .text(DCTERMS + "title", record.source().title());
        }
        return graph;
    }

    RdfGraph source(SourceDetails source) {
        String page = addresses.source(source.id()).toString();
        RdfGraph.Subject subject = graph.subject(page).type(SCHEMA + "CreativeWork", ENTITY)
                .text(SCHEMA + "name", source.title())
                .text(DCTERMS + "title", source.title())
                .iri(SCHEMA + "url", page)
                .text(DCTERMS + "identifier", page)
                .integer(SCHEMA + "version", source.version())
                .text(SCHEMA + "genre", source.type() == null ? null : source.type().cslType())
                .text(DCTERMS + "type", source.type() == null ? null : source.type().cslType())
                .iri(DCTERMS + "hasFormat", addresses.sourceApi(source.id()).toString())
                .text(SCHEMA + "holdingArchive", source.holdingInstitution())
                .text(SCHEMA + "identifier", source.callNumber())
                .text(DCTERMS + "rights", source.rights())
                .text(SCHEMA + "sameAs", source.url())
                .text(DCTERMS + "source", source.url());
        if (source.date() != null) {
            date(subject, SCHEMA + "dateCreated", source.date());
            date(subject, DCTERMS + "date", source.date());
        }
        if (source.languages() != null) {
            source.languages().forEach(language -> subject.text(SCHEMA + "inLanguage", language)
                    .text(DCTERMS + "language", language));
        }
        if (source.subjects() != null) {
            source.subjects().forEach(topic -> subject.text(SCHEMA + "keywords", topic)
                    .text(DCTERMS + "subject", topic));
        }
        return graph;
    }

    private static String[] recordTypes(RecordDetails record) {
        String schemaType = switch (record.kind()) {
            case QUOTE -> SCHEMA + "Quotation";
            case ENTITY -> record.entityType() == null ? SCHEMA + "Thing" : entityType(record.entityType());
            case CLAUSE, SOURCE -> SCHEMA + "CreativeWork";
        };
        return new String[] {schemaType, ENTITY};
    }

    private static String entityType(EntityType type) {
        return switch (type) {
            case PERSON -> SCHEMA + "Person";
            case PLACE -> SCHEMA + "Place";
            case ORGANISATION -> SCHEMA + "Organization";
        };
    }

    /** A partial date as its XML Schema type (a year, a year and month, a day); a circa date as the text it is. */
    private static void date(RdfGraph.Subject subject, String predicate, PartialDate date) {
        if (date.circa()) {
            subject.literal(predicate, date.toString(), STRING);
        } else if (date.day() != null) {
            subject.literal(predicate, date.toString(), DATE);
        } else if (date.month() != null) {
            subject.literal(predicate, date.toString(), YEAR_MONTH);
        } else {
            subject.literal(predicate, date.toString(), YEAR);
        }
    }
}
