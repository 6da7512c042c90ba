package org.primarysources.archive.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAI-PMH data provider of the real WAR, with the demo archive: every verb's answer and every error valid
 * against the OAI-PMH and oai_dc schemas (xmllint, no network), and a full and an incremental harvest by Debian's
 * HTTP::OAI harvester ({@code src/test/resources/oai/harvest.pl}) after an editor approved a new quote and a
 * retraction.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HarvestingIT {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PASSWORD = System.getProperty("it.demo.password");
    private static final String PUBLIC_HOST = URI.create(System.getProperty("it.public.url")).getHost();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive archive() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
    }

    @Test
    @Order(1)
    void everyVerbAndEveryErrorIsValidOaiPmhAndOaiDc() throws Exception {
        String record = "oai:" + PUBLIC_HOST + ":record/" + firstClauseId();
        String source = "oai:" + PUBLIC_HOST + ":source/" + demoSourceId();
        String[][] requests = {
                // query, the error code expected (null: none)
                {"verb=Identify", null},
                {"verb=ListMetadataFormats", null},
                {"verb=ListMetadataFormats&identifier=" + record, null},
                {"verb=ListSets", null},
                {"verb=ListIdentifiers&metadataPrefix=oai_dc", null},
                {"verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:clause&from=2000-01-01&until=2999-12-31", null},
                {"verb=ListRecords&metadataPrefix=oai_dc", null},
                {"verb=ListRecords&metadataPrefix=oai_dc&set=source:" + demoSourceId(), null},
                {"verb=ListRecords&metadataPrefix=oai_dc&set=kind:source", null},
                {"verb=GetRecord&metadataPrefix=oai_dc&identifier=" + record, null},
                {"verb=GetRecord&metadataPrefix=oai_dc&identifier=" + source, null},
                {"", "badVerb"},
                {"verb=Harvest", "badVerb"},
                {"verb=Identify&verb=Identify", "badVerb"},
                {"verb=ListRecords", "badArgument"},
                {"verb=Identify&set=kind:quote", "badArgument"},
                {"verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument"},
                {"verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-02&until=2026-01-01", "badArgument"},
                {"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument"},
                {"verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken"},
                {"verb=ListSets&resumptionToken=not-a-token", "badResumptionToken"},
                {"verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"},
                {"verb=GetRecord&metadataPrefix=mods&identifier=" + record, "cannotDisseminateFormat"},
                {"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:" + PUBLIC_HOST + ":record/999999999",
                        "idDoesNotExist"},
                {"verb=ListMetadataFormats&identifier=urn:isbn:0451450523", "idDoesNotExist"},
                {"verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch"},
                {"verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:poem", "noRecordsMatch"},
        };
        for (String[] request : requests) {
            HttpResponse<byte[]> response = get(request[0]);

            assertThat(response.statusCode()).as(request[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(request[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
            assertValid(request[0], response.body());
            Document xml = parse(response.body());
            assertThat(errorCode(xml)).as(request[0]).isEqualTo(request[1]);
            Element echoed = (Element) xml.getElementsByTagNameNS(OAI, "request").item(0);
            assertThat(echoed.getTextContent()).isEqualTo(System.getProperty("it.public.url") + "oai");
            boolean protocolBroken = "badVerb".equals(request[1]) || "badArgument".equals(request[1]);
            assertThat(echoed.hasAttribute("verb")).as(request[0]).isEqualTo(!protocolBroken);
        }
        HttpResponse<byte[]> posted = http.send(HttpRequest.newBuilder(oai(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier="
                        + URLEncoder.encode(record, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertValid("POST GetRecord", posted.body());
        Document got = parse(posted.body());
        assertThat(text(got, DC, "identifier")).contains(System.getProperty("it.public.url") + "records/"
                + firstClauseId());
        assertThat(text(got, DC, "type")).contains("Text", "clause");
        Document identify = parse(get("verb=Identify").body());
        assertThat(text(identify, OAI, "deletedRecord")).containsExactly("persistent");
        assertThat(text(identify, OAI, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(parse(get("verb=ListSets").body()), OAI, "setSpec"))
                .contains("kind:clause", "kind:quote", "kind:entity", "kind:source", "source:" + demoSourceId());
    }

    @Test
    @Order(2)
    void aHarvesterCopiesEveryPublishedItemAndThenOnlyWhatWasPublishedOrRetractedSince() throws Exception {
        Harvest full = harvest(null);
        long publishedRecords = total(getJson("/api/records?size=1"));
        long publishedSources = total(getJson("/api/sources?size=1"));

        assertThat(full.records()).extracting(Harvested::identifier).doesNotHaveDuplicates();
        assertThat(full.records()).filteredOn(r -> r.identifier().contains(":record/") && !r.deleted())
                .as("records a researcher can read").hasSize((int) publishedRecords)
                .allSatisfy(r -> assertThat(r.title()).isNotBlank());
        assertThat(full.records()).filteredOn(r -> r.identifier().contains(":source/"))
                .as("sources").hasSize((int) publishedSources);
        assertThat(full.records()).filteredOn(Harvested::deleted).allSatisfy(r -> assertThat(r.title()).isEmpty());

        long kept = approve("archivist", newQuote("Harvested after approval, kept"));
        long retracted = approve("archivist", newQuote("Harvested after approval, then retracted"));
        approve("archivist", Json.createObjectBuilder().add("action", "RETRACT").add("recordId", retracted).build()
                .toString());
        nextSecond();
        Harvest incremental = harvest(full.started());

        assertThat(incremental.records()).extracting(Harvested::identifier, Harvested::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("oai:" + PUBLIC_HOST + ":record/" + kept, false),
                org.assertj.core.groups.Tuple.tuple("oai:" + PUBLIC_HOST + ":record/" + retracted, true));
        assertThat(incremental.records().get(0).title()).isEqualTo("“Harvested after approval, kept”");
        List<JsonObject> versions = getJson("/api/records/" + retracted + "/versions").getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(Instant.parse(incremental.records().get(1).datestamp())).as("the retraction's time")
                .isEqualTo(Instant.parse(versions.get(versions.size() - 1).getString("at"))
                        .truncatedTo(ChronoUnit.SECONDS));
        assertThat(harvest(incremental.started()).records()).as("nothing new since").isEmpty();
    }

    /**
     * Waits for the next second: the harvest's granularity. A harvest from a datestamp includes that whole second, so
     * what happens next must not share the second of what a harvest already saw.
     */
    private static void nextSecond() throws InterruptedException {
        Instant now = Instant.now();
        Thread.sleep(Duration.between(now, now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)).toMillis() + 50);
    }

    /** One line of the harvester's output: a record as another archive received it. */
    private record Harvested(String identifier, String datestamp, boolean deleted, String title) {
    }

    private record Harvest(String started, List<Harvested> records) {
    }

    /** Runs Debian's HTTP::OAI harvester against the archive, from the first publication or from {@code from}. */
    private Harvest harvest(String from) throws Exception {
        Path script = Path.of(HarvestingIT.class.getResource("/oai/harvest.pl").toURI());
        List<String> command = new ArrayList<>(List.of("/usr/bin/perl", script.toString(), oai("").toString()));
        if (from != null) {
            command.add(from);
        }
        Path out = Files.createTempFile("harvest", ".tsv");
        Path err = Files.createTempFile("harvest", ".err");
        try {
            Process harvester = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(harvester.waitFor(5, TimeUnit.MINUTES)).as("the harvester finishes").isTrue();
            assertThat(harvester.exitValue()).as(Files.readString(err)).isZero();
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("started\t");
            List<Harvested> records = lines.stream().skip(1).map(line -> line.split("\t", -1))
                    .map(f -> new Harvested(f[0], f[1], "deleted".equals(f[2]), f[3])).toList();
            return new Harvest(lines.get(0).substring("started\t".length()), records);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Proposes a change as {@code author}, submits it and has the editor approve it: the record's id. */
    private long approve(String author, String change) throws Exception {
        HttpResponse<String> drafted = post("/api/changes", author, change);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = json(drafted.body()).getJsonObject("change").getJsonNumber("id").longValue();
        assertThat(post("/api/changes/" + id + "/submit", author, "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = post("/api/changes/" + id + "/approve", "editor", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return json(approved.body()).getJsonObject("change").getJsonNumber("recordId").longValue();
    }

    private String newQuote(String text) throws Exception {
        return Json.createObjectBuilder().add("action", "CREATE").add("record", Json.createObjectBuilder()
                .add("kind", "QUOTE").add("text", text).add("sourceId", demoSourceId())).build().toString();
    }

    /** Validates a response with xmllint against the OAI-PMH and oai_dc schemas in test resources, offline. */
    private static void assertValid(String what, byte[] xml) throws Exception {
        Path schema = Path.of(HarvestingIT.class.getResource("/oai/responses.xsd").toURI());
        Path file = Files.createTempFile("oai", ".xml");
        try {
            Files.write(file, xml);
            Process xmllint = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema", schema.toString(),
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(xmllint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xmllint.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(xmllint.exitValue()).as(what + ": " + output + "\n" + new String(xml, StandardCharsets.UTF_8))
                    .isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String errorCode(Document xml) {
        NodeList errors = xml.getElementsByTagNameNS(OAI, "error");
        return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
    }

    private static List<String> text(Document xml, String namespace, String name) {
        NodeList found = xml.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    private long firstClauseId() throws Exception {
        return getJson("/api/records?kind=CLAUSE&size=1").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private long demoSourceId() throws Exception {
        return getJson("/api/records?kind=CLAUSE&size=1").getJsonArray("items").getJsonObject(0)
                .getJsonObject("source").getJsonNumber("id").longValue();
    }

    private static long total(JsonObject page) {
        return page.getJsonNumber("total").longValue();
    }

    private HttpResponse<byte[]> get(String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(oai(query)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonObject getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        String body = response.body().trim();
        return body.startsWith("[") ? Json.createObjectBuilder().add("items", Json.createReader(new StringReader(body))
                .readArray()).build() : json(body);
    }

    private HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The base URL the tests reach: Arquillian names the first non-loopback interface, not every sandbox can. */
    private URI oai(String query) {
        return uri("/oai" + (query.isEmpty() ? "" : "?" + query));
    }

    private URI uri(String path) {
        String context = deployed.getPath().endsWith("/")
                ? deployed.getPath().substring(0, deployed.getPath().length() - 1) : deployed.getPath();
        return URI.create("http://127.0.0.1:" + deployed.getPort() + context + path);
    }
}
