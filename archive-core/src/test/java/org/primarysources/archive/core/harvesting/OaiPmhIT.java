package org.primarysources.archive.core.harvesting;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.MutableClock;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.record.RetractRecord;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aClause;
import static org.primarysources.archive.core.record.RecordContents.aQuote;
import static org.primarysources.archive.core.record.RecordContents.anEntity;

/** Harvesting on PostgreSQL: the order of publications, the keyset pages, bounds, sets and the OAI-PMH answers. */
class OaiPmhIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    @Test
    void aHarvestWalksEveryPublicationOnceInOrderAndNothingPublishedDuringItIsLost() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long a = source(db, "Treaty");
            long entity = record(db, 1, anEntity(a, "Joseph Stalin", "Soviet politician").build());
            long c1 = record(db, 2, aClause(a, "Article I").build());
            long c2 = record(db, 3, aClause(a, "Article II").build());
            long c3 = record(db, 4, aClause(a, "Article III").build());
            clock.now = T0.plusSeconds(5);
            long b = source(db, "Letter");
            long quote = record(db, 5, aQuote(b, "Soviet troops will enter Lithuania anyway.").build());
            Selection all = new Selection(null, null, null);

            assertThat(walk(db, all, null, 2)).containsExactly(
                    "SOURCE " + a, "RECORD " + entity, "RECORD " + c1, "RECORD " + c2, "RECORD " + c3,
                    "RECORD " + quote, "SOURCE " + b); // at the same time, records before sources
            assertThat(walk(db, new Selection(T0.plusSeconds(2), T0.plusSeconds(4), null), null, 10))
                    .containsExactly("RECORD " + c1, "RECORD " + c2);
            assertThat(walk(db, new Selection(null, null, set("kind:clause")), null, 1))
                    .containsExactly("RECORD " + c1, "RECORD " + c2, "RECORD " + c3);
            assertThat(walk(db, new Selection(null, null, set("kind:source")), null, 1))
                    .containsExactly("SOURCE " + a, "SOURCE " + b);
            assertThat(walk(db, new Selection(null, null, set("source:" + b)), null, 1))
                    .containsExactly("RECORD " + quote, "SOURCE " + b);
            assertThat(walk(db, new Selection(null, null, set("source:" + (b + 1000))), null, 1)).isEmpty();

            HarvestPage<Harvested> first = in(db, h -> h.page(all, null, 3, true));
            clock.now = T0.plusSeconds(10);
            publish(db, new PublishRecord(c1, 1, aClause(a, "Article I.").build(), Activity.EDIT, "archivist",
                    "editor", null, null));
            inServices(db, s -> s.records.retract(new RetractRecord(c2, 1, "archivist", "editor", null)));
            PublicationCursor after = first.items().get(2).publication().cursor();
            HarvestPage<Harvested> rest = in(db, h -> h.page(all, after, 10, true));

            assertThat(rest.items()).extracting(item -> item.publication().type() + " " + item.publication().id())
                    .containsExactly("RECORD " + c3, "RECORD " + quote, "SOURCE " + b, "RECORD " + c1,
                            "RECORD " + c2);
            Harvested edited = rest.items().get(3);
            Harvested retracted = rest.items().get(4);
            assertThat(edited.record().text()).isEqualTo("Article I.");
            assertThat(edited.source().title()).isEqualTo("Treaty");
            assertThat(edited.source().transcription()).isNull();
            assertThat(retracted.deleted()).isTrue();
            assertThat(retracted.record()).isNull();
            assertThat(retracted.publication().publishedAt()).isEqualTo(T0.plusSeconds(10));
            assertThat(rest.more()).isFalse();
            Optional<Instant> earliest = in(db, Harvesting::earliestPublication);
            assertThat(earliest).hasValue(T0);
        }
    }

    @Test
    void theProviderResumesAListLongerThanAPageAndEndsItWithAnEmptyToken() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long source = source(db, "Treaty");
            for (int i = 1; i <= OaiPmh.PAGE_SIZE + 30; i++) {
                clock.now = T0.plusMillis(10L * i);
                record(db, 0, aClause(source, "Clause " + i).build());
            }
            List<String> identifiers = new ArrayList<>();
            String token = null;
            int responses = 0;
            do {
                Document page = answer(db, token == null ? "verb=ListIdentifiers&metadataPrefix=oai_dc"
                        : "verb=ListIdentifiers&resumptionToken=" + token);
                NodeList found = page.getElementsByTagNameNS(OaiXml.OAI_NAMESPACE, "identifier");
                for (int i = 0; i < found.getLength(); i++) {
                    identifiers.add(found.item(i).getTextContent());
                }
                NodeList tokens = page.getElementsByTagNameNS(OaiXml.OAI_NAMESPACE, "resumptionToken");
                token = tokens.getLength() == 0 || tokens.item(0).getTextContent().isEmpty() ? null
                        : tokens.item(0).getTextContent();
                assertThat(tokens.getLength()).as("every response of a resumed list has a token").isEqualTo(1);
                responses++;
            } while (token != null);

            assertThat(responses).isEqualTo(2);
            assertThat(identifiers).hasSize(OaiPmh.PAGE_SIZE + 31).doesNotHaveDuplicates()
                    .startsWith("oai:archive.example.org:source/" + source)
                    .allMatch(id -> id.matches("oai:archive\\.example\\.org:(record|source)/\\d+"));
        }
    }

    @Test
    void aRetractedRecordIsADeletedRecordWithItsRetractionTime() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long source = source(db, "Treaty");
            long quote = record(db, 1, aQuote(source, "Soviet troops will enter Lithuania anyway.").build());
            clock.now = T0.plusSeconds(3600);
            inServices(db, s -> s.records.retract(new RetractRecord(quote, 1, "archivist", "editor", null)));

            Element header = (Element) answer(db, "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                    + "oai:archive.example.org:record/" + quote).getElementsByTagNameNS(OaiXml.OAI_NAMESPACE,
                    "header").item(0);
            Document live = answer(db, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:archive.example.org:"
                    + "source/" + source);

            assertThat(header.getAttribute("status")).isEqualTo("deleted");
            assertThat(header.getElementsByTagNameNS(OaiXml.OAI_NAMESPACE, "datestamp").item(0).getTextContent())
                    .isEqualTo("2026-01-01T01:00:00Z");
            assertThat(header.getOwnerDocument().getElementsByTagNameNS(OaiXml.OAI_NAMESPACE, "metadata")
                    .getLength()).isZero();
            assertThat(live.getElementsByTagNameNS(OaiXml.DC_NAMESPACE, "title").item(0).getTextContent())
                    .isEqualTo("Treaty");
            assertThat(error(answer(db, "verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01T01:00:01Z")))
                    .isEqualTo("noRecordsMatch");
            assertThat(error(answer(db, "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                    + "oai:archive.example.org:record/" + (quote + 1000)))).isEqualTo("idDoesNotExist");
            assertThat(error(answer(db, "verb=GetRecord&metadataPrefix=marc&identifier="
                    + "oai:archive.example.org:record/" + quote))).isEqualTo("cannotDisseminateFormat");
            assertThat(error(answer(db, "verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-02&until=2026-01-01")))
                    .isEqualTo("badArgument");
            assertThat(error(answer(db, "verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01"
                    + "&until=2026-01-02T00:00:00Z"))).isEqualTo("badArgument");
        }
    }

    private static String error(Document response) {
        NodeList errors = response.getElementsByTagNameNS(OaiXml.OAI_NAMESPACE, "error");
        return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
    }

    private Document answer(TestDatabase db, String query) throws Exception {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], new String[] {nameValue[1]});
        }
        byte[] xml = in(db, h -> new OaiPmh(h, new PublicAddresses("https://archive.example.org/"), clock,
                "Test archive", Optional.empty()).answer(parameters));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private List<String> walk(TestDatabase db, Selection selection, PublicationCursor start, int size) {
        List<String> walked = new ArrayList<>();
        PublicationCursor after = start;
        HarvestPage<Harvested> page;
        do {
            PublicationCursor from = after;
            page = in(db, h -> h.page(selection, from, size, false));
            page.items().forEach(item -> walked.add(item.publication().type() + " " + item.publication().id()));
            after = page.items().isEmpty() ? after : page.items().get(page.items().size() - 1).publication().cursor();
        } while (page.more());
        return walked;
    }

    private static HarvestSet set(String spec) {
        return HarvestSet.parse(spec).orElseThrow();
    }

    private long source(TestDatabase db, String title) {
        return inServices(db, s -> {
            long id = s.sources.open();
            s.sources.publish(new PublishSource(id, 0, new SourceContent(title, SourceType.TREATY,
                    PartialDate.parse("1939-10-10"), List.of("en"), null, null, null, "CC BY-SA 4.0", List.of(),
                    "Article I. Article II. Article III."), Activity.IMPORT, "archivist", "editor", null, null));
            return id;
        });
    }

    /** Publishes a new record {@code seconds} after T0 (0: at the clock's time). */
    private long record(TestDatabase db, int seconds, RecordContent content) {
        if (seconds > 0) {
            clock.now = T0.plusSeconds(seconds);
        }
        return publish(db, new PublishRecord(null, null, content, Activity.IMPORT, "archivist", "editor", null,
                null)).id();
    }

    private RecordDetails publish(TestDatabase db, PublishRecord command) {
        return inServices(db, s -> s.records.publish(command));
    }

    private record Services(Sources sources, Records records, Harvesting harvesting) {
    }

    private <T> T in(TestDatabase db, Function<Harvesting, T> work) {
        return inServices(db, s -> work.apply(s.harvesting));
    }

    private <T> T inServices(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> work.apply(services(em)));
    }

    private Services services(EntityManager em) {
        Sources sources = SourcesWiring.sources(em, clock);
        Records records = RecordsWiring.records(em, sources, clock, event -> { });
        return new Services(sources, records, new Harvesting(em, records, sources));
    }
}
