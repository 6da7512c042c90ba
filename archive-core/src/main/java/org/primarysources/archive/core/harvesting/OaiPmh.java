package org.primarysources.archive.core.harvesting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.harvesting.OaiError.OaiException;
import org.primarysources.archive.core.harvesting.OaiIdentifiers.Item;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The archive's OAI-PMH 2.0 data provider: answers the six verbs over {@link Harvesting}, every published record
 * and source in {@code oai_dc}, retractions as deleted records (kept for good: {@code deletedRecord persistent}).
 * Everything is read before the first byte is written, so a failure reaches the caller as an exception, never as
 * half a response.
 */
@ApplicationScoped
public class OaiPmh {

    /** Items (and sets) per response; the rest follows a resumption token. */
    static final int PAGE_SIZE = 100;
    static final String OAI_DC = "oai_dc";

    private final Harvesting harvesting;
    private final PublicAddresses addresses;
    private final Clock clock;
    private final String repositoryName;
    private final String adminEmail;
    private final OaiIdentifiers identifiers;
    private final DublinCore dublinCore;

    @Inject
    OaiPmh(Harvesting harvesting, PublicAddresses addresses, Clock clock,
           @ConfigProperty(name = "archive.oai.repository-name",
                   defaultValue = "Archive of curated primary sources") String repositoryName,
           @ConfigProperty(name = "archive.oai.admin-email") Optional<String> adminEmail) {
        this.harvesting = harvesting;
        this.addresses = addresses;
        this.clock = clock;
        this.repositoryName = repositoryName;
        this.adminEmail = adminEmail.filter(email -> !email.isBlank())
                .orElseGet(() -> defaultAdminEmail(addresses.root().getHost()));
        this.identifiers = new OaiIdentifiers(addresses.root().getHost());
        this.dublinCore = new DublinCore(addresses);
    }

    /** Only for the CDI client proxy. */
    protected OaiPmh() {
        this.harvesting = null;
        this.addresses = null;
        this.clock = null;
        this.repositoryName = null;
        this.adminEmail = null;
        this.identifiers = null;
        this.dublinCore = null;
    }

    /** The response to a request with these parameters: XML in UTF-8, an OAI-PMH error where the request is one. */
    public byte[] answer(Map<String, String[]> parameters) {
        Instant now = clock.instant();
        OaiXml xml = new OaiXml(now);
        String baseUrl = baseUrl();
        OaiRequest request = null;
        try {
            request = OaiRequest.parse(parameters);
            Consumer<OaiXml> body = respond(request);
            xml.request(baseUrl, request.verb().protocolName(), request.arguments());
            body.accept(xml);
        } catch (OaiException failure) {
            boolean echo = request != null && !OaiRequest.echoesNothing(failure);
            xml.request(baseUrl, echo ? request.verb().protocolName() : null, echo ? request.arguments() : Map.of());
            xml.error(failure.error(), failure.getMessage());
        }
        return xml.finish();
    }

    /** Where harvesters send their requests: {@code oai} under the archive's public address. */
    String baseUrl() {
        return addresses.root().resolve("oai").toString();
    }

    private Consumer<OaiXml> respond(OaiRequest request) {
        return switch (request.verb()) {
            case IDENTIFY -> identify();
            case LIST_METADATA_FORMATS -> listMetadataFormats(request);
            case LIST_SETS -> listSets(request);
            case GET_RECORD -> getRecord(request);
            case LIST_IDENTIFIERS -> list(request, false);
            case LIST_RECORDS -> list(request, true);
        };
    }

    private Consumer<OaiXml> identify() {
        Instant earliest = harvesting.earliestPublication().orElseGet(clock::instant);
        return xml -> xml.start("Identify")
                .element("repositoryName", repositoryName)
                .element("baseURL", baseUrl())
                .element("protocolVersion", "2.0")
                .element("adminEmail", adminEmail)
                .element("earliestDatestamp", Datestamps.format(earliest))
                .element("deletedRecord", "persistent")
                .element("granularity", Datestamps.GRANULARITY)
                .end();
    }

    private Consumer<OaiXml> listMetadataFormats(OaiRequest request) {
        Optional<String> identifier = request.argument("identifier");
        if (identifier.isPresent()) {
            find(identifier.get(), false); // every item has oai_dc: the one question is whether it exists
        }
        return xml -> xml.start("ListMetadataFormats").start("metadataFormat")
                .element("metadataPrefix", OAI_DC)
                .element("schema", OaiXml.OAI_DC_SCHEMA)
                .element("metadataNamespace", OaiXml.OAI_DC_NAMESPACE)
                .end().end();
    }

    private Consumer<OaiXml> listSets(OaiRequest request) {
        Optional<String> token = request.argument(Verb.RESUMPTION_TOKEN);
        long after = token.map(ResumptionToken::decodeSets).orElse(0L);
        HarvestPage<SourceRef> sources = harvesting.sources(after, PAGE_SIZE);
        if (token.isPresent() && sources.items().isEmpty()) {
            throw OaiError.BAD_RESUMPTION_TOKEN.because("the list of sets ended before this token");
        }
        return xml -> {
            xml.start("ListSets");
            if (token.isEmpty()) {
                set(xml, "kind", "Items by kind");
                for (RecordKind kind : RecordKind.values()) { // kind:clause, kind:quote, kind:entity, kind:source
                    set(xml, HarvestSet.kindSpec(kind), capitalised(kind.name()) + "s");
                }
                set(xml, "source", "Items by source");
            }
            for (SourceRef source : sources.items()) {
                set(xml, HarvestSet.sourceSpec(source.id()), source.title() == null || source.title().isBlank()
                        ? "Source " + source.id() : source.title());
            }
            if (sources.more()) {
                xml.resumptionToken(ResumptionToken.encodeSets(sources.items().get(sources.items().size() - 1).id()));
            } else if (token.isPresent()) {
                xml.resumptionToken(null);
            }
            xml.end();
        };
    }

    private Consumer<OaiXml> getRecord(OaiRequest request) {
        Harvested item = find(request.argument("identifier").orElseThrow(), true);
        requireOaiDc(request.argument("metadataPrefix").orElseThrow());
        return xml -> {
            xml.start("GetRecord");
            record(xml, item);
            xml.end();
        };
    }

    private Consumer<OaiXml> list(OaiRequest request, boolean records) {
        Optional<String> token = request.argument(Verb.RESUMPTION_TOKEN);
        ResumptionToken resumed = token.map(ResumptionToken::decodeItems).orElse(null);
        Selection selection = resumed != null ? new Selection(resumed.from(), resumed.before(), resumed.set())
                : selection(request);
        requireOaiDc(resumed != null ? resumed.metadataPrefix() : request.argument("metadataPrefix").orElseThrow());
        HarvestPage<Harvested> page = harvesting.page(selection, resumed == null ? null : resumed.after(), PAGE_SIZE,
                records);
        if (page.items().isEmpty()) {
            throw OaiError.NO_RECORDS_MATCH.because(token.isPresent() ? "nothing is left to harvest after this token"
                    : "nothing published matches the request");
        }
        String next = page.more() ? new ResumptionToken(OAI_DC, selection.set(), selection.from(),
                selection.before(), page.items().get(page.items().size() - 1).publication().cursor()).encode() : null;
        return xml -> {
            xml.start(records ? "ListRecords" : "ListIdentifiers");
            for (Harvested item : page.items()) {
                if (records) {
                    record(xml, item);
                } else {
                    header(xml, item);
                }
            }
            if (next != null || token.isPresent()) {
                xml.resumptionToken(next);
            }
            xml.end();
        };
    }

    /** The selection of a request's {@code from}, {@code until} and {@code set}, checked. */
    private static Selection selection(OaiRequest request) {
        Datestamps.Bound from = request.argument("from").map(text -> bound("from", text)).orElse(null);
        Datestamps.Bound until = request.argument("until").map(text -> bound("until", text)).orElse(null);
        if (from != null && until != null) {
            if (from.toTheSecond() != until.toTheSecond()) {
                throw OaiError.BAD_ARGUMENT.because("from and until must have the same granularity");
            }
            if (from.start().isAfter(until.start())) {
                throw OaiError.BAD_ARGUMENT.because("from is later than until");
            }
        }
        HarvestSet set = request.argument("set").map(spec -> HarvestSet.parse(spec).orElseThrow(() ->
                OaiError.NO_RECORDS_MATCH.because("the archive has no set '" + spec + "'; ListSets names them")))
                .orElse(null);
        return new Selection(from == null ? null : from.start(), until == null ? null : until.end(), set);
    }

    private static Datestamps.Bound bound(String argument, String text) {
        return Datestamps.parse(text).orElseThrow(() -> OaiError.BAD_ARGUMENT.because(argument + " '" + text
                + "' is no UTC datestamp: write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"));
    }

    private static void requireOaiDc(String metadataPrefix) {
        if (!OAI_DC.equals(metadataPrefix)) {
            throw OaiError.CANNOT_DISSEMINATE_FORMAT.because("the archive disseminates oai_dc only, not '"
                    + metadataPrefix + "'");
        }
    }

    private Harvested find(String identifier, boolean described) {
        Item item = identifiers.parse(identifier).orElseThrow(() -> unknown(identifier));
        return harvesting.item(item.type(), item.id(), described).orElseThrow(() -> unknown(identifier));
    }

    private static OaiException unknown(String identifier) {
        return OaiError.ID_DOES_NOT_EXIST.because("the archive has no item '" + identifier + "'");
    }

    private void record(OaiXml xml, Harvested item) {
        xml.start("record");
        header(xml, item);
        if (!item.deleted()) {
            xml.dublinCore(item.publication().type() == ItemType.RECORD
                    ? dublinCore.of(item.record(), item.source()) : dublinCore.of(item.source()));
        }
        xml.end();
    }

    private void header(OaiXml xml, Harvested item) {
        Publication publication = item.publication();
        String kind = publication.type() == ItemType.SOURCE ? "kind:source"
                : HarvestSet.kindSpec(publication.recordKind());
        xml.header(identifiers.of(publication.type(), publication.id()), publication.publishedAt(),
                publication.retracted(), List.of(kind, HarvestSet.sourceSpec(publication.sourceId())));
    }

    private static void set(OaiXml xml, String spec, String name) {
        xml.start("set").element("setSpec", spec).element("setName", name).end();
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code archive@} the public host; a host without a dot (localhost) gets the reserved {@code .invalid}. */
    static String defaultAdminEmail(String host) {
        return "archive@" + host + (host.contains(".") ? "" : ".invalid");
    }
}
