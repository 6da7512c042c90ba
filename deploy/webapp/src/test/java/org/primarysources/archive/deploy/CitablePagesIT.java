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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primarysources.archive.core.citing.CitationStyle;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The archive as the world outside a browser sees it, on the real WAR: a record page's first HTML (no script run)
 * carries Highwire Press tags, JSON-LD and Signposting links under the public root ({@code archive.public-url},
 * here {@code https://archive.example.org/}, deliberately not the host the test calls); the API answers JSON-LD and
 * Turtle on request, which rdflib reads as the same graph as the page's; citations name the version's page, and
 * citeproc-js (what Zotero and Mendeley run) prints it; addresses that lead nowhere are 404 pages. Needs Debian's
 * python3-rdflib, nodejs and npm.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitablePagesIT {

    private static final String PUBLIC = "https://archive.example.org/";
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path JS = Path.of("target", "js");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    @TempDir
    Path dir;

    private long id;
    private int version;
    private long sourceId;
    private String sourceTitle;

    @Deployment(testable = false)
    static WebArchive archive() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
    }

    /** A clause of the demo archive's treaty. */
    @BeforeEach
    void aDemoClause() throws Exception {
        JsonObject clause = json(get("/api/records?kind=CLAUSE&size=1", null).body()).getJsonArray("items")
                .getJsonObject(0);
        id = clause.getJsonNumber("id").longValue();
        version = clause.getInt("version");
        sourceId = clause.getJsonObject("source").getJsonNumber("id").longValue();
        sourceTitle = clause.getJsonObject("source").getString("title");
    }

    @Test
    void theRecordPagesFirstHtmlCarriesCitationTagsJsonLdAndSignposting() throws Exception {
        HttpResponse<String> response = get("/records/" + id, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        String versionPage = PUBLIC + "records/" + id + "/versions/" + version;
        assertThat(page.title()).endsWith(" — " + sourceTitle + " – Archive");
        assertThat(meta(page, "citation_title")).isNotBlank();
        assertThat(meta(page, "citation_inbook_title")).isEqualTo(sourceTitle);
        assertThat(meta(page, "citation_date")).matches("\\d{4}(/\\d{2}){0,2}");
        assertThat(meta(page, "citation_public_url")).isEqualTo(versionPage);
        assertThat(meta(page, "citation_abstract_html_url")).isEqualTo(versionPage);
        assertThat(meta(page, "citation_language")).isNotBlank();
        assertThat(page.select("link[rel=cite-as]").attr("href")).isEqualTo(versionPage);
        assertThat(page.select("link[rel=describedby]").attr("href"))
                .isEqualTo(PUBLIC + "api/records/" + id + "/versions/" + version);
        assertThat(page.select("link[rel=describedby]").attr("type")).isEqualTo("application/ld+json");
        assertThat(response.body()).doesNotContain("127.0.0.1");
    }

    @Test
    void thePagesJsonLdIsTheApisDescriptionAndTurtleSaysTheSame() throws Exception {
        Document page = Jsoup.parse(get("/records/" + id, "text/html").body());
        String embedded = page.select("script[type=application/ld+json]").first().data();
        HttpResponse<String> jsonLd = get("/api/records/" + id, "application/ld+json");
        HttpResponse<String> turtle = get("/api/records/" + id, "text/turtle");
        assertThat(jsonLd.statusCode()).isEqualTo(200);
        assertThat(jsonLd.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");

        JsonObject report = rdflib(write("page.jsonld", embedded), write("api.jsonld", jsonLd.body()),
                write("api.ttl", turtle.body()));

        assertThat(report.getBoolean("sameGraph")).as(report.toString()).isTrue();
        JsonObject read = report.getJsonArray("documents").getJsonObject(0);
        String versionPage = PUBLIC + "records/" + id + "/versions/" + version;
        assertThat(read.getJsonObject("names").getString(versionPage)).isNotBlank();
        assertThat(read.getJsonObject("names").getString(PUBLIC + "sources/" + sourceId)).isEqualTo(sourceTitle);
        assertThat(read.getJsonArray("isPartOf").toString()).contains("[\"" + versionPage + "\",\"" + PUBLIC
                + "sources/" + sourceId + "\"]");
        assertThat(read.getJsonArray("specializationOf").toString())
                .contains("[\"" + versionPage + "\",\"" + PUBLIC + "records/" + id + "\"]");
    }

    @Test
    void sourcesAndVersionsAnswerLinkedDataToo() throws Exception {
        HttpResponse<String> source = get("/api/sources/" + sourceId, "text/turtle");
        HttpResponse<String> sourceJsonLd = get("/api/sources/" + sourceId, "application/ld+json");
        HttpResponse<String> firstVersion = get("/api/records/" + id + "/versions/1", "text/turtle");
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(firstVersion.statusCode()).isEqualTo(200);

        JsonObject sources = rdflib(write("source.ttl", source.body()), write("source.jsonld", sourceJsonLd.body()));
        JsonObject versions = rdflib(write("v1.ttl", firstVersion.body()));

        assertThat(sources.getBoolean("sameGraph")).isTrue();
        assertThat(sources.getJsonArray("documents").getJsonObject(0).getJsonObject("names")
                .getString(PUBLIC + "sources/" + sourceId)).isEqualTo(sourceTitle);
        assertThat(versions.getJsonArray("documents").getJsonObject(0).getJsonObject("names")
                .containsKey(PUBLIC + "records/" + id + "/versions/1")).isTrue();
        Document page = Jsoup.parse(get("/sources/" + sourceId, "text/html").body());
        assertThat(page.title()).startsWith(sourceTitle).endsWith(" – Archive");
        assertThat(page.select("link[rel=cite-as]").attr("href")).isEqualTo(PUBLIC + "sources/" + sourceId);
        assertThat(page.select("meta[name=citation_title]").attr("content")).isEqualTo(sourceTitle);
    }

    @Test
    void jsonStaysTheDefaultAndAnUnknownTypeIsA406Problem() throws Exception {
        HttpResponse<String> anything = get("/api/records/" + id, null);
        HttpResponse<String> wildcard = get("/api/records/" + id, "*/*");
        HttpResponse<String> csv = get("/api/records/" + id, "text/csv");

        assertThat(anything.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json(anything.body()).getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(wildcard.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(csv.statusCode()).isEqualTo(406);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(csv.body()).getInt("status")).isEqualTo(406);
    }

    @Test
    void theApaCitationEndsInTheVersionsPageUnderThePublicRoot() throws Exception {
        String apa = get("/api/records/" + id + "/cite?format=text&style=apa", null).body();
        String versionPage = PUBLIC + "records/" + id + "/versions/" + version;

        assertThat(apa).doesNotContain("/api/").doesNotContain("127.0.0.1");
        // the reference ends in the page; only the sentence naming the version's entry in the archive's log follows
        String after = apa.substring(apa.indexOf(versionPage) + versionPage.length());
        assertThat(apa).contains(versionPage);
        assertThat(after).matches("( Archive log entry \\d+(, checkpoint \\d+)?\\.)?");
    }

    @Test
    void citeprocJsPrintsTheVersionsPage() throws Exception {
        String cslJson = get("/api/records/" + id + "/cite?format=csl-json", null).body();
        CitationStyle style = CitationStyle.APA;

        String rendered = run(JS, List.of("node", "render-csl.js", write("items.json", cslJson).toString(),
                write(style.styleFile(), resource(style.styleFile())).toString(),
                write("locales-en-US.xml", resource("locales-en-US.xml")).toString()));

        assertThat(json(rendered).getJsonArray("bibliography").getString(0))
                .endsWith(PUBLIC + "records/" + id + "/versions/" + version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/records/999999", "/sources/999999", "/records/{id}/versions/999", "/no-such-page",
            "/records/not-a-number"})
    void addressesThatLeadNowhereAre404Pages(String address) throws Exception {
        HttpResponse<String> response = get(address.replace("{id}", Long.toString(id)), "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Not found – Archive");
        assertThat(page.select("meta[name^=citation_]")).isEmpty();
    }

    private static String meta(Document page, String name) {
        assertThat(page.select("meta[name=" + name + "]")).as(name).hasSize(1);
        return page.select("meta[name=" + name + "]").attr("content");
    }

    private JsonObject rdflib(Path... documents) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            fail(PYTHON + " is missing: install the Debian package python3-rdflib (.ci/run does)");
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(),
                Path.of("target", "test-classes", "linkeddata", "rdf_graphs.py").toString()));
        for (Path document : documents) {
            command.add((document.toString().endsWith(".ttl") ? "turtle:" : "json-ld:") + document);
        }
        return json(run(Path.of("."), command));
    }

    private String run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        if ("node".equals(command.get(0)) && !Files.isDirectory(JS.resolve("node_modules"))) {
            fail(JS.toAbsolutePath() + "/node_modules is missing: run the ITs with `mvn verify`, which copies "
                    + "archive-core's src/test/js there and runs `npm ci` (Debian packages nodejs and npm)");
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish in 60 s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command + ": " + Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return stdout;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CitablePagesIT.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return fail(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Arquillian names the first non-loopback interface, which not every sandbox can reach. */
    private URI uri(String path) {
        String context = deployed.getPath().endsWith("/")
                ? deployed.getPath().substring(0, deployed.getPath().length() - 1) : deployed.getPath();
        return URI.create("http://127.0.0.1:" + deployed.getPort() + context + path);
    }
}
