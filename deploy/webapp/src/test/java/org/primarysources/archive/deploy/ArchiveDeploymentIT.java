package org.primarysources.archive.deploy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real WAR on a real Payara Micro, with the PostgreSQL server and the OpenSearch node the build started:
 * health, authentication and roles, problem details, the UI and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ArchiveDeploymentIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive archive() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
    }

    @Test
    void isReadyWhenDatabaseAndSearchAnswer() throws Exception {
        HttpResponse<String> health = get("/health/ready", null);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonObject readiness = json(health.body());
        assertThat(readiness.getString("status")).isEqualTo("UP");
        assertThat(readiness.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"))
                .contains("database", "search");
    }

    @Test
    void protectedEndpointWantsTheRightRole() throws Exception {
        HttpResponse<String> anonymous = get("/api/admin/accounts", null);
        HttpResponse<String> researcher = get("/api/admin/accounts", "researcher");
        HttpResponse<String> admin = get("/api/admin/accounts", "admin");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(researcher.statusCode()).isEqualTo(403);
        assertThat(json(researcher.body()).getInt("status")).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(jsonArray(admin.body()).getValuesAs(JsonObject.class))
                .anySatisfy(account -> assertThat(account.getString("username")).isEqualTo("archivist"))
                .anySatisfy(account -> assertThat(strings(account.getJsonArray("roles"))).containsExactly("editor"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", basic("editor", "not-the-password")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theCallerKnowsTheirRoles() throws Exception {
        HttpResponse<String> me = get("/api/me", "editor");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me.body()).getString("name")).isEqualTo("editor");
        assertThat(strings(json(me.body()).getJsonArray("roles"))).containsExactly("editor");
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/login", "/api/records", "/api/no-such-thing")) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).isPresent();
        }
    }

    @Test
    void unknownAddressesAreProblems() throws Exception {
        HttpResponse<String> missing = get("/api/no-such-thing", null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(missing.body()).getInt("status")).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception");
    }

    @Test
    void badInputNamesTheFieldAndNeverLeaksAStackTrace() throws Exception {
        HttpResponse<String> notJson = post("/api/admin/accounts", "admin", "{ this is not json");
        HttpResponse<String> badName = post("/api/admin/accounts", "admin",
                "{\"username\":\"No Spaces Allowed\",\"password\":\"long-enough-password\",\"roles\":[\"editor\"]}");
        HttpResponse<String> badRole = post("/api/admin/accounts", "admin",
                "{\"username\":\"vida\",\"password\":\"long-enough-password\",\"roles\":[\"emperor\"]}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(json(badName.body()).getString("field")).isEqualTo("username");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(json(badRole.body()).getString("field")).isEqualTo("roles");
    }

    @Test
    void anAdminOpensAnAccountOnceAndTheSecondTimeIsAConflict() throws Exception {
        String body = "{\"username\":\"ruta\",\"password\":\"a-long-enough-secret\",\"roles\":[\"archivist\"]}";

        HttpResponse<String> first = post("/api/admin/accounts", "admin", body);
        HttpResponse<String> second = post("/api/admin/accounts", "admin", body);
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", basic("ruta", "a-long-enough-secret")).GET());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).doesNotContain("password");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(strings(json(signIn.body()).getJsonArray("roles"))).containsExactly("archivist");
    }

    @Test
    void theUserInterfaceAndTheApiDescriptionAnswer() throws Exception {
        HttpResponse<String> ui = get("/", null);
        HttpResponse<String> openapi = get("/openapi", null);

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("<html");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/admin/accounts");
    }

    /** Every write endpoint × every role: 401 anonymous, 403 without the role, never 401/403 with it. */
    @Test
    void everyWriteEndpointAnswersEachRoleAsDocumented() throws Exception {
        String change = "{\"action\":\"CREATE\",\"record\":{\"kind\":\"QUOTE\",\"text\":\"x\",\"sourceId\":999999}}";
        String[][] endpoints = {
                // method, path, content type, body, roles allowed
                {"POST", "/api/changes", "application/json", change, "archivist editor"},
                {"PUT", "/api/changes/999999", "application/json", change, "archivist editor"},
                {"POST", "/api/changes/999999/submit", "application/json", "{}", "archivist editor"},
                {"POST", "/api/changes/999999/approve", "application/json", "{}", "archivist editor"},
                {"POST", "/api/changes/999999/request-changes", "application/json", "{}", "archivist editor"},
                {"POST", "/api/changes/999999/reject", "application/json", "{}", "archivist editor"},
                {"POST", "/api/changes/999999/withdraw", "application/json", "{}", "archivist editor"},
                {"POST", "/api/changes/999999/comments", "application/json", "{\"body\":\"hm\"}", "archivist editor"},
                {"POST", "/api/imports", "text/plain; charset=UTF-8", "", "archivist editor"},
                {"POST", "/api/imports", "text/csv", "", "archivist editor"},
                {"DELETE", "/api/imports/jobs/999999", null, null, "archivist editor"},
                {"GET", "/api/imports/jobs/999999", null, null, "archivist editor admin"},
                {"GET", "/api/imports/999999/original", null, null, "archivist editor admin"},
                {"POST", "/api/imports/999999/submit", "application/json", "", "archivist editor"},
                {"POST", "/api/imports/999999/approve", "application/json", "", "editor"},
                {"POST", "/api/admin/accounts", "application/json", "{}", "admin"},
                {"GET", "/api/verify", null, null, "admin"},
                {"GET", "/api/changes", null, null, "archivist editor admin"},
        };
        for (String[] endpoint : endpoints) {
            for (String role : new String[] {null, "researcher", "archivist", "editor", "admin"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(endpoint[1]))
                        .method(endpoint[0], endpoint[3] == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(endpoint[3]));
                if (endpoint[2] != null) {
                    request.header("Content-Type", endpoint[2]);
                }
                if (role != null) {
                    request.header("Authorization", basic(role, PASSWORD));
                }
                int status = send(request).statusCode();
                String what = endpoint[0] + " " + endpoint[1] + " as " + (role == null ? "anonymous" : role);
                if (role == null) {
                    assertThat(status).as(what).isEqualTo(401);
                } else if (!endpoint[4].contains(role)) {
                    assertThat(status).as(what).isEqualTo(403);
                } else {
                    assertThat(status).as(what).isNotIn(401, 403, 500);
                }
            }
        }
    }

    @Test
    void anAdminWhoAuthoredAChangeCannotApproveIt() throws Exception {
        post("/api/admin/accounts", "admin",
                "{\"username\":\"vida\",\"password\":\"a-long-enough-secret\",\"roles\":[\"admin\",\"editor\"]}");
        HttpResponse<String> drafted = send(HttpRequest.newBuilder(uri("/api/changes"))
                .header("Authorization", basic("vida", "a-long-enough-secret"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        newQuote("Soviet troops will enter Lithuania anyway.", demoSourceId()))));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = changeId(drafted);
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(uri("/api/changes/" + id + "/submit"))
                .header("Authorization", basic("vida", "a-long-enough-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> ownApproval = send(HttpRequest.newBuilder(uri("/api/changes/" + id + "/approve"))
                .header("Authorization", basic("vida", "a-long-enough-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> otherApproval = post("/api/changes/" + id + "/approve", "editor", "{\"comment\":\"ok\"}");

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(json(ownApproval.body()).getString("detail")).contains("nobody reviews their own change");
        assertThat(otherApproval.statusCode()).isEqualTo(200);
        assertThat(json(otherApproval.body()).getJsonObject("change").getString("state")).isEqualTo("APPROVED");
    }

    @Test
    void theDemoArchiveIsLoadedThroughReviewAndIntact() throws Exception {
        // the demo source's nine articles: other test classes of this build add records of their own to the archive
        List<JsonObject> clauses = json(get("/api/sources/" + demoSourceId() + "/records?kind=CLAUSE&size=20", null)
                .body()).getJsonArray("items").getValuesAs(JsonObject.class);
        HttpResponse<String> verify = get("/api/verify", "admin");

        assertThat(clauses).extracting(clause -> clause.getString("label", null)).contains(
                "Article I", "Article II", "Article III", "Article IV", "Article V", "Article VI", "Article VII",
                "Article VIII", "Article IX");
        assertThat(clauses).anySatisfy(clause ->
                assertThat(clause.getString("text")).contains("Sovereignty is not affected by this treaty"));
        assertThat(json(verify.body()).getBoolean("intact")).isTrue();
    }

    /** Waits until the relay has indexed the demo archive: every published record is searchable. */
    private void awaitIndexed() throws Exception {
        long published = total(get("/api/records?size=1", null).body());
        SearchAcceptance.await(Duration.ofSeconds(90), "the demo archive to be indexed", () -> {
            try {
                return json(get("/api/search?q=&size=1", null).body()).get("total") instanceof JsonNumber total
                        && total.longValue() >= published;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** The number of records a page or a search result says there are in all. */
    private static long total(String json) {
        return json(json).getJsonNumber("total").longValue();
    }

    private static JsonObject firstHit(JsonObject result) {
        assertThat(result.getJsonArray("hits")).as("hits of %s", result).isNotEmpty();
        return result.getJsonArray("hits").getJsonObject(0);
    }

    @Test
    void researchersFindWhatTheyLookFor() throws Exception {
        awaitIndexed();

        JsonObject sesupe = json(get("/api/search?q=Sesupe", null).body());
        JsonObject exactSesupe = json(get("/api/search?q=Sesupe&mode=exact", null).body());
        JsonObject urbsys = json(get("/api/search?q=Urbsys", null).body());
        JsonObject phrase = json(get("/api/search?kind=QUOTE&q="
                + SearchAcceptance.q("\"virtual sacrifice of independence\""), null).body());
        JsonObject sovereignty = json(get("/api/search?kind=CLAUSE&q=sovereignty", null).body());
        JsonObject stationing = json(get("/api/search?q=" + SearchAcceptance.q("stationing troops"), null).body());

        assertThat(sesupe.getJsonNumber("total").longValue()).isPositive();
        assertThat(firstHit(sesupe).getString("highlight", null)).contains("<mark>Šešupė</mark>");
        assertThat(exactSesupe.getJsonNumber("total").longValue()).isZero();
        assertThat(firstHit(urbsys).getString("highlight", null)).contains("<mark>Urbšys</mark>");
        JsonObject quote = firstHit(phrase);
        assertThat(quote.getString("kind")).isEqualTo("QUOTE");
        assertThat(quote.getString("text")).contains("virtual sacrifice of independence");
        assertThat(quote.getString("speaker", null)).isEqualTo("The New York Times");
        assertThat(quote.getString("highlight", null)).contains("<mark>");
        assertThat(firstHit(sovereignty).getString("label")).isEqualTo("Article VII");
        assertThat(firstHit(sovereignty).getString("highlight", null)).contains("<mark>Sovereignty</mark>");
        assertThat(firstHit(stationing).getString("label")).isEqualTo("Article IV");
        JsonObject kinds = sovereignty.getJsonObject("facets").getJsonObject("kind");
        assertThat(kinds).containsKey("CLAUSE");
        assertThat(kinds.getJsonNumber("CLAUSE").longValue()).isPositive();
    }

    @Test
    void aDraftIsInvisibleToEveryRole() throws Exception {
        awaitIndexed();
        HttpResponse<String> drafted = post("/api/changes", "archivist",
                newQuote("Quxtablorian draftword never published", demoSourceId()));
        assertThat(drafted.statusCode()).isEqualTo(201);
        long id = changeId(drafted);
        post("/api/changes/" + id + "/submit", "archivist", "{}");
        Thread.sleep(2500); // give the relay every chance to (wrongly) index it

        for (String role : new String[] {null, "researcher", "archivist", "editor", "admin"}) {
            JsonObject found = json(get("/api/search?q=Quxtablorian", role).body());
            assertThat(found.getJsonNumber("total").longValue()).as("hits for " + role).isZero();
            assertThat(found.getJsonArray("hits")).as("hits for " + role).isEmpty();
            assertThat(found.getJsonObject("facets").values()).as("facets for " + role)
                    .flatExtracting(facet -> facet.asJsonObject().values())
                    .allSatisfy(count -> assertThat(((JsonNumber) count).longValue()).isZero());
        }
    }

    @Test
    void nastyQueriesGiveResultsOrA400NeverA500() throws Exception {
        for (String nasty : new String[] {"\"unbalanced", "*:*", "_exists_:x", "/.*/", "a AND OR NOT",
                "((((", "text:secret", "\\", "-", "\"\"", "🙂 Šešupė"}) {
            int status = get("/api/search?q=" + SearchAcceptance.q(nasty), null).statusCode();
            assertThat(status).as(nasty).isIn(200, 400);
        }
        String long_ = "word ".repeat(400); // 2,000 characters: over the documented 1,000
        assertThat(get("/api/search?q=" + SearchAcceptance.q(long_), null).statusCode()).isEqualTo(400);
    }

    /** Enum parameters are read alike everywhere: any case, - or _, an enum's own spelling; anything else a 400. */
    @Test
    void aBadEnumParameterIsA400ProblemNamingTheParameter() throws Exception {
        String[][] bad = {
                // path, user, parameter at fault
                {"/api/records?kind=NOPE", null, "kind"},
                {"/api/sources/1/records?kind=poem", null, "kind"},
                {"/api/search?mode=nope", null, "mode"},
                {"/api/search?sort=popularity", null, "sort"},
                {"/api/search?kind=CLAUSE&kind=poem", null, "kind"},
                {"/api/changes?state=lost", "editor", "state"},
                {"/api/records/1/cite?format=endnote", null, "format"},
                {"/api/records/1/cite?format=", null, "format"},
                {"/api/records/1/cite?style=harvard", null, "style"},
        };
        for (String[] request : bad) {
            HttpResponse<String> answer = get(request[0], request[1]);

            assertThat(answer.statusCode()).as(request[0]).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(request[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonObject problem = json(answer.body());
            assertThat(problem.getInt("status")).as(request[0]).isEqualTo(400);
            assertThat(problem.getString("field")).as(request[0]).isEqualTo(request[2]);
            assertThat(problem.getString("detail")).as(request[0]).startsWith("unknown " + request[2] + " '")
                    .contains("; use one of ");
        }
        assertThat(get("/api/records?kind=clause&size=1", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=treaty&mode=EXACT&sort=Date&kind=quote&kind=CLAUSE", null).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/changes?state=in-review&size=1", "editor").statusCode()).isEqualTo(200);
        assertThat(get("/api/changes?state=CHANGES_REQUESTED&size=1", "editor").statusCode()).isEqualTo(200);
    }

    /** Last: it stops and restarts the build's OpenSearch node under the running application. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void anOutageNeverBlocksApprovalsAndTheIndexCatchesUp() throws Exception {
        awaitIndexed();
        long sourceId = demoSourceId();
        SearchAcceptance.node("stop");
        try {
            assertThat(get("/api/search?q=treaty", null).statusCode()).isEqualTo(503);
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> drafted = post("/api/changes", "archivist",
                        newQuote("Outage quote number " + i + " zorblax", sourceId));
                assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
                long id = changeId(drafted);
                assertThat(post("/api/changes/" + id + "/submit", "archivist", "{}").statusCode()).isEqualTo(200);
                assertThat(post("/api/changes/" + id + "/approve", "editor", "{}").statusCode()).isEqualTo(200);
            }
            assertThat(json(get("/health/ready", null).body()).getJsonArray("checks").getValuesAs(JsonObject.class))
                    .filteredOn(check -> check.getString("name").equals("search-outbox"))
                    .singleElement().satisfies(outbox ->
                            assertThat(outbox.getJsonObject("data").getString("waiting")).isEqualTo("100"));
        } finally {
            SearchAcceptance.node("start");
        }
        try {
            SearchAcceptance.await(Duration.ofSeconds(180), "the 100 approvals to become searchable", () -> {
                try {
                    return total(get("/api/search?q=zorblax&size=1", null).body()) == 100;
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; search now: "
                    + get("/api/search?q=zorblax&size=1", null).body()
                    + "; health now: " + get("/health/ready", null).body(), e);
        }
        long published = total(get("/api/records?size=1", null).body());
        long indexedRecords = total(get("/api/search?q=&kind=CLAUSE&kind=QUOTE&kind=ENTITY&size=1", null).body());
        assertThat(indexedRecords).as("index count == published count").isEqualTo(published);
    }

    /** The source of the demo archive's clauses. */
    private long demoSourceId() throws IOException, InterruptedException {
        return json(get("/api/records?kind=CLAUSE&size=1", null).body()).getJsonArray("items").getJsonObject(0)
                .getJsonObject("source").getJsonNumber("id").longValue();
    }

    /** A change that proposes a new quote from that source. */
    private static String newQuote(String text, long sourceId) {
        return Json.createObjectBuilder()
                .add("action", "CREATE")
                .add("record", Json.createObjectBuilder()
                        .add("kind", "QUOTE").add("text", text).add("sourceId", sourceId))
                .build().toString();
    }

    private static long changeId(HttpResponse<String> change) {
        return json(change.body()).getJsonObject("change").getJsonNumber("id").longValue();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }

    /** CSV imports over HTTP: drafts at once, a bad row named, a large file in the background; originals kept. */
    @Test
    void aCsvFileBecomesDraftsAndALargeOneIsImportedInTheBackground() throws Exception {
        long sourceId = demoSourceId();
        String transcription = json(get("/api/sources/" + sourceId, "researcher").body()).getString("transcription");
        String quoted = transcription.substring(transcription.length() / 2, transcription.length() / 2 + 80)
                .replace("\"", "\"\"");
        String csv = "kind,label,text,source,quoted text\n"
                + "clause,Article X,A clause imported from CSV," + sourceId + ",\"" + quoted + "\"\n"
                + "entity,Example Person,Someone the source names," + sourceId + ",\n";

        HttpResponse<String> created = postCsv("small.csv", csv);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject imported = json(created.body());
        assertThat(imported.getJsonArray("changes")).hasSize(2);
        assertThat(imported.getInt("verified")).isEqualTo(1);
        HttpResponse<byte[]> original = http.send(HttpRequest.newBuilder(
                        uri("/api/imports/" + imported.getJsonNumber("id").longValue() + "/original"))
                .header("Authorization", basic("editor", PASSWORD)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(original.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename=\"small.csv\""));
        assertThat(original.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> bad = postCsv("bad.csv", "kind,text,source\nclause,Fine," + sourceId
                + "\nclause,Nowhere,999999\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(json(bad.body()).getInt("line")).isEqualTo(3);
        assertThat(json(bad.body()).getString("field")).isEqualTo("source");

        StringBuilder large = new StringBuilder("kind,label,text,source\n");
        for (int row = 1; row <= 1_001; row++) {
            large.append("clause,Row ").append(row).append(",Clause ").append(row).append(" from a large file,")
                    .append(sourceId).append('\n');
        }
        HttpResponse<String> accepted = postCsv("large.csv", large.toString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        String jobPath = job.getPath().substring(job.getPath().indexOf("/api/"));
        JsonObject status = json(get(jobPath, "archivist").body());
        for (int polls = 0; !List.of("DONE", "FAILED", "CANCELLED").contains(status.getString("state"))
                && polls < 600; polls++) { // a guard against hanging, not a timing assertion
            Thread.sleep(500);
            status = json(get(jobPath, "admin").body());
        }
        assertThat(status.getString("state")).as(status.toString()).isEqualTo("DONE");
        assertThat(status.getInt("rowsDone")).isEqualTo(1_001);
        long largeImport = status.getJsonNumber("importId").longValue();
        assertThat(json(get("/api/changes?import=" + largeImport + "&state=DRAFT&size=1", "editor").body())
                .getInt("total")).isEqualTo(1_001);
        assertThat(send(HttpRequest.newBuilder(uri(jobPath)).DELETE()
                .header("Authorization", basic("archivist", PASSWORD))).statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> postCsv(String fileName, String csv) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/imports?fileName=" + fileName))
                .header("Authorization", basic("archivist", PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, PASSWORD));
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Arquillian names the first non-loopback interface, which not every sandbox can reach. */
    private URI uri(String path) {
        String context = deployed.getPath().endsWith("/")
                ? deployed.getPath().substring(0, deployed.getPath().length() - 1) : deployed.getPath();
        String base = path.startsWith("/health") || path.startsWith("/openapi") ? "" : context;
        return URI.create("http://127.0.0.1:" + deployed.getPort() + base + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
