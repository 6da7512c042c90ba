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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real WAR on a real Payara Micro, with the H2 database and the OpenSearch node the build started:
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

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"search\"");
    }

    @Test
    void protectedEndpointWantsTheRightRole() throws Exception {
        HttpResponse<String> anonymous = get("/api/admin/accounts", null);
        HttpResponse<String> researcher = get("/api/admin/accounts", "researcher");
        HttpResponse<String> admin = get("/api/admin/accounts", "admin");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(researcher.statusCode()).isEqualTo(403);
        assertThat(researcher.body()).contains("\"status\":403");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"username\":\"archivist\"").contains("\"roles\":[\"editor\"]");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", basic("editor", "not-the-password")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theCallerKnowsTheirRoles() throws Exception {
        HttpResponse<String> me = get("/api/me", "editor");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"editor\"").contains("\"roles\":[\"editor\"]");
    }

    @Test
    void unknownAddressesAreProblems() throws Exception {
        HttpResponse<String> missing = get("/api/no-such-thing", null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void badInputNamesTheFieldAndNeverLeaksAStackTrace() throws Exception {
        HttpResponse<String> notJson = post("/api/admin/accounts", "admin", "{ this is not json");
        HttpResponse<String> badName = post("/api/admin/accounts", "admin",
                "{\"username\":\"No Spaces Allowed\",\"password\":\"long-enough-password\",\"roles\":[\"editor\"]}");
        HttpResponse<String> badRole = post("/api/admin/accounts", "admin",
                "{\"username\":\"vida\",\"password\":\"long-enough-password\",\"roles\":[\"emperor\"]}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("\"field\":\"username\"");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("\"field\":\"roles\"");
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
        assertThat(signIn.body()).contains("\"roles\":[\"archivist\"]");
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
        HttpResponse<String> records = get("/api/records?kind=CLAUSE&size=1", null);
        String sourceId = records.body().replaceAll("(?s).*\"source\":\\{\"id\":(\\d+).*", "$1");
        HttpResponse<String> drafted = send(HttpRequest.newBuilder(uri("/api/changes"))
                .header("Authorization", basic("vida", "a-long-enough-secret"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"CREATE\",\"record\":{\"kind\":\"QUOTE\","
                        + "\"text\":\"Soviet troops will enter Lithuania anyway.\",\"sourceId\":" + sourceId + "}}")));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = drafted.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(uri("/api/changes/" + id + "/submit"))
                .header("Authorization", basic("vida", "a-long-enough-secret")).POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> ownApproval = send(HttpRequest.newBuilder(uri("/api/changes/" + id + "/approve"))
                .header("Authorization", basic("vida", "a-long-enough-secret")).POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> otherApproval = post("/api/changes/" + id + "/approve", "editor", "{\"comment\":\"ok\"}");

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(ownApproval.body()).contains("nobody reviews their own change");
        assertThat(otherApproval.statusCode()).isEqualTo(200);
        assertThat(otherApproval.body()).contains("\"state\":\"APPROVED\"");
    }

    @Test
    void theDemoArchiveIsLoadedThroughReviewAndIntact() throws Exception {
        // the demo source's nine articles: other test classes of this build add records of their own to the archive
        String demoSource = get("/api/records?kind=CLAUSE&size=1", null).body()
                .replaceAll("(?s).*\"source\":\\{\"id\":(\\d+).*", "$1");
        HttpResponse<String> clauses = get("/api/sources/" + demoSource + "/records?kind=CLAUSE&size=20", null);
        HttpResponse<String> verify = get("/api/verify", "admin");

        for (String article : new String[] {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}) {
            assertThat(clauses.body()).contains("\"label\":\"Article " + article + "\"");
        }
        assertThat(clauses.body()).contains("Sovereignty is not affected by this treaty");
        assertThat(verify.body()).contains("\"intact\":true");
    }

    /** Waits until the relay has indexed the demo archive: every published record is searchable. */
    private void awaitIndexed() throws Exception {
        long published = total(get("/api/records?size=1", null).body());
        SearchAcceptance.await(Duration.ofSeconds(90), "the demo archive to be indexed", () -> {
            try {
                String all = get("/api/search?q=&size=1", null).body();
                return all.contains("\"total\"") && total(all) >= published;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static long total(String json) {
        return Long.parseLong(json.replaceAll("(?s).*?\"total\":(\\d+).*", "$1"));
    }

    private static String firstHit(String json) {
        int hits = json.indexOf("\"hits\":[");
        if (hits < 0) {
            return "";
        }
        int next = json.indexOf("},{\"id\":", hits);
        int facets = json.indexOf("\"facets\"", hits);
        int end = next > 0 ? next : facets > 0 ? facets : json.length();
        return json.substring(hits, end);
    }

    @Test
    void researchersFindWhatTheyLookFor() throws Exception {
        awaitIndexed();

        String sesupe = get("/api/search?q=Sesupe", null).body();
        String exactSesupe = get("/api/search?q=Sesupe&mode=exact", null).body();
        String urbsys = get("/api/search?q=Urbsys", null).body();
        String phrase = get("/api/search?kind=QUOTE&q=" + SearchAcceptance.q("\"virtual sacrifice of independence\""), null).body();
        String sovereignty = get("/api/search?kind=CLAUSE&q=sovereignty", null).body();
        String stationing = get("/api/search?q=" + SearchAcceptance.q("stationing troops"), null).body();

        assertThat(total(sesupe)).isPositive();
        assertThat(firstHit(sesupe)).contains("<mark>Šešupė</mark>");
        assertThat(total(exactSesupe)).isZero();
        assertThat(firstHit(urbsys)).contains("<mark>Urbšys</mark>");
        assertThat(firstHit(phrase)).contains("\"kind\":\"QUOTE\"").contains("virtual sacrifice of independence")
                .contains("The New York Times").contains("<mark>");
        assertThat(firstHit(sovereignty)).contains("\"label\":\"Article VII\"").contains("<mark>Sovereignty</mark>");
        assertThat(firstHit(stationing)).contains("\"label\":\"Article IV\"");
        assertThat(sovereignty).contains("\"facets\"").contains("\"CLAUSE\":");
    }

    @Test
    void aDraftIsInvisibleToEveryRole() throws Exception {
        awaitIndexed();
        String sourceId = get("/api/records?kind=CLAUSE&size=1", null).body()
                .replaceAll("(?s).*\"source\":\\{\"id\":(\\d+).*", "$1");
        HttpResponse<String> drafted = post("/api/changes", "archivist", "{\"action\":\"CREATE\",\"record\":{"
                + "\"kind\":\"QUOTE\",\"text\":\"Quxtablorian draftword never published\",\"sourceId\":" + sourceId + "}}");
        assertThat(drafted.statusCode()).isEqualTo(201);
        String id = drafted.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        post("/api/changes/" + id + "/submit", "archivist", "{}");
        Thread.sleep(2500); // give the relay every chance to (wrongly) index it

        for (String role : new String[] {null, "researcher", "archivist", "editor", "admin"}) {
            String found = get("/api/search?q=Quxtablorian", role).body();
            assertThat(total(found)).as("hits for " + role).isZero();
            assertThat(found).as("facets for " + role).doesNotContainPattern("\":[1-9]");
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
        String sourceId = get("/api/records?kind=CLAUSE&size=1", null).body()
                .replaceAll("(?s).*\"source\":\\{\"id\":(\\d+).*", "$1");
        SearchAcceptance.node("stop");
        try {
            assertThat(get("/api/search?q=treaty", null).statusCode()).isEqualTo(503);
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> drafted = post("/api/changes", "archivist", "{\"action\":\"CREATE\",\"record\":{"
                        + "\"kind\":\"QUOTE\",\"text\":\"Outage quote number " + i + " zorblax\",\"sourceId\":" + sourceId + "}}");
                assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
                String id = drafted.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
                assertThat(post("/api/changes/" + id + "/submit", "archivist", "{}").statusCode()).isEqualTo(200);
                assertThat(post("/api/changes/" + id + "/approve", "editor", "{}").statusCode()).isEqualTo(200);
            }
            assertThat(get("/health/ready", null).body()).contains("\"waiting\":\"100\"");
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
            throw new AssertionError(e.getMessage() + "; search now: " + get("/api/search?q=zorblax&size=1", null).body()
                    + "; health now: " + get("/health/ready", null).body(), e);
        }
        long published = total(get("/api/records?size=1", null).body());
        long indexedRecords = total(get("/api/search?q=&kind=CLAUSE&kind=QUOTE&kind=ENTITY&size=1", null).body());
        assertThat(indexedRecords).as("index count == published count").isEqualTo(published);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
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
