package org.primarysources.archive.deploy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.citing.OutsideTools;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search of the demo archive taken away in every format from the real WAR ({@code /api/search/export}): the table
 * has a row per hit of {@code /api/search}; the citations are the search's clauses and quotes, read by the
 * parsers reference managers use (citeproc-js, citation.js, bibtexparser), pointing at the configured public address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchExportIT {

    private static final String PUBLIC_URL = System.getProperty("it.public.url");
    private static final Pattern VERSION_PAGE = Pattern.compile(
            Pattern.quote(PUBLIC_URL) + "records/\\d+/versions/\\d+");
    private static final String QUERY = "q=" + URLEncoder.encode("Lithuania", StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive archive() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
    }

    /** Waits until the relay has indexed the demo archive: every published record is searchable. */
    @BeforeEach
    void awaitIndexed() throws InterruptedException {
        SearchAcceptance.await(Duration.ofSeconds(90), "the demo archive to be indexed", () -> {
            try {
                long published = json(get("/api/records?size=1").body()).getJsonNumber("total").longValue();
                return published > 0 && json(get("/api/search?q=&size=1").body()).get("total") instanceof JsonNumber
                        total && total.longValue() >= published;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theTableHasARowPerHitInTheSearchesOrderWithEachHitsPublicPage() throws Exception {
        JsonObject search = json(get("/api/search?" + QUERY + "&size=100").body());
        HttpResponse<String> export = get("/api/search/export?format=csv&" + QUERY);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename=").endsWith(".csv\""));
        assertThat(export.headers().firstValue("X-Archive-Export-Truncated")).isEmpty();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.body())).getRecords();
        long total = search.getJsonNumber("total").longValue();
        List<Long> firstPage = search.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getJsonNumber("id").longValue()).toList();
        assertThat(total).isGreaterThan(1);
        assertThat(rows).hasSize((int) total);
        assertThat(rows.subList(0, firstPage.size())).extracting(row -> Long.parseLong(row.get("id")))
                .containsExactlyElementsOf(firstPage);
        assertThat(rows).extracting(row -> row.get("kind")).contains("CLAUSE");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("url")).matches(
                row.get("kind").equals("SOURCE") ? Pattern.quote(PUBLIC_URL) + "sources/" + row.get("id")
                        : Pattern.quote(PUBLIC_URL) + "records/" + row.get("id") + "/versions/" + row.get("version")));
    }

    @Test
    void cslJsonIsTheSearchesClausesAndQuotesAndCiteprocJsRendersThem() throws Exception {
        HttpResponse<String> export = get("/api/search/export?format=csl-json&" + QUERY);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.citationstyles.csl+json"));
        JsonArray items = Json.createReader(new StringReader(export.body())).readArray();
        assertThat(items).hasSize(citable());
        assertThat(export.headers().firstValue("X-Archive-Export-Left-Out")).hasValue(String.valueOf(uncitable()));
        assertThat(items.getValuesAs(JsonObject.class)).allSatisfy(
                item -> assertThat(item.getString("URL")).matches(VERSION_PAGE));

        CitationStyle style = CitationStyle.APA;
        Path file = OutsideTools.write(dir, "items.json", export.body());
        Path styleFile = OutsideTools.write(dir, style.styleFile(), OutsideTools.classpathResource(style.styleFile()));
        Path locale = OutsideTools.write(dir, "locales-en-US.xml", OutsideTools.classpathResource("locales-en-US.xml"));
        JsonObject rendered = OutsideTools.jsonObject(OutsideTools.node("render-csl.js", file.toString(),
                styleFile.toString(), locale.toString()).stdout());
        assertThat(rendered.getJsonArray("bibliography").getValuesAs(JsonString::getString)).hasSize(items.size())
                .allSatisfy(entry -> assertThat(entry).contains(PUBLIC_URL + "records/"));
    }

    @Test
    void bibtexEntriesHaveUniqueKeysAndBibtexparserReadsEveryOne() throws Exception {
        HttpResponse<String> export = get("/api/search/export?format=bibtex&" + QUERY);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-bibtex"));
        Path file = OutsideTools.write(dir, "results.bib", export.body());
        List<JsonObject> entries = OutsideTools.jsonArray(OutsideTools.python("citing/parse-bibtex.py",
                "python3-bibtexparser", file.toString()).stdout()).getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(citable());
        assertThat(entries).extracting(entry -> entry.getString("ID")).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getString("url")).matches(VERSION_PAGE));
    }

    @Test
    void risReferencesAreEachReadByCitationJs() throws Exception {
        HttpResponse<String> export = get("/api/search/export?format=ris&" + QUERY);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-research-info-systems"));
        Path file = OutsideTools.write(dir, "results.ris", export.body());
        List<JsonObject> items = OutsideTools.jsonArray(OutsideTools.node("parse-ris.js", file.toString()).stdout())
                .getValuesAs(JsonObject.class);
        assertThat(items).hasSize(citable());
        assertThat(items).allSatisfy(item -> assertThat(item.getString("URL")).matches(VERSION_PAGE));
    }

    @Test
    void anUnknownFormatOrABadFilterIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> format = get("/api/search/export?format=xlsx&" + QUERY);
        HttpResponse<String> decade = get("/api/search/export?format=csv&decade=1939");

        for (HttpResponse<String> refused : List.of(format, decade)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(json(format.body()).getString("field")).isEqualTo("format");
        assertThat(json(format.body()).getString("detail")).contains("csv", "ris", "bibtex", "csl-json");
        assertThat(json(decade.body()).getString("field")).isEqualTo("decade");
    }

    /** How many clauses and quotes the search finds: what a reference manager's file holds. */
    private int citable() throws Exception {
        JsonObject kinds = kinds();
        int citable = kinds.getInt("CLAUSE", 0) + kinds.getInt("QUOTE", 0);
        assertThat(citable).isPositive();
        return citable;
    }

    /** How many entities and sources the search finds: what a reference manager's file leaves out. */
    private int uncitable() throws Exception {
        JsonObject kinds = kinds();
        return kinds.getInt("ENTITY", 0) + kinds.getInt("SOURCE", 0);
    }

    private JsonObject kinds() throws Exception {
        return json(get("/api/search?" + QUERY + "&size=1").body()).getJsonObject("facets").getJsonObject("kind");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Arquillian names the first non-loopback interface, which not every sandbox can reach. */
    private URI uri(String path) {
        String context = deployed.getPath().endsWith("/")
                ? deployed.getPath().substring(0, deployed.getPath().length() - 1) : deployed.getPath();
        return URI.create("http://127.0.0.1:" + deployed.getPort() + context + path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
