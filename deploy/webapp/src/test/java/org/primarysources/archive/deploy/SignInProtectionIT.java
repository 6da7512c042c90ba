package org.primarysources.archive.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in protection on the real WAR: thirty wrong passwords in a row lock an account name (the right password is
 * refused too), an unknown account name is answered exactly alike, every failure and the lock are in the security
 * event log, and an administrator can end the lock. Uses accounts of its own, so other tests' sign-ins are untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInProtectionIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");
    private static final String GUARDED_PASSWORD = "correct horse battery staple";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive archive() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountAndAnUnknownNameCannotBeToldApart() throws Exception {
        String known = "guarded-" + System.nanoTime();
        String unknown = "nobody-" + System.nanoTime();
        HttpResponse<String> opened = send(HttpRequest.newBuilder(uri("/api/admin/accounts"))
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + known + "\",\"password\":\""
                        + GUARDED_PASSWORD + "\",\"roles\":[\"researcher\"]}")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        List<String> knownAnswers = thirtyWrongPasswords(known);
        List<String> unknownAnswers = thirtyWrongPasswords(unknown);
        HttpResponse<String> right = me(known, GUARDED_PASSWORD);

        assertThat(knownAnswers.subList(0, 4)).containsOnly("401 Unauthorized: User name or password is wrong.");
        assertThat(knownAnswers).last().asString().startsWith("429 Too Many Requests: Too many failed sign-ins: "
                + "this account name is locked until");
        // how many attempts meet a wait depends on how fast the server hashes; what each answer says does not
        assertThat(new TreeSet<>(unknownAnswers)).isEqualTo(new TreeSet<>(knownAnswers));
        assertThat(unknownAnswers.get(29)).isEqualTo(knownAnswers.get(29));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(right.body()).getString("detail")).contains("locked until");

        HttpResponse<String> log = send(HttpRequest.newBuilder(uri("/api/admin/security-events?limit=1000"))
                .header("Authorization", basic("admin", PASSWORD)).GET());
        assertThat(log.statusCode()).isEqualTo(200);
        List<String> entries = Json.createReader(new StringReader(log.body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> known.equals(e.getString("username", null)))
                .map(e -> e.getString("kind")).toList();
        assertThat(entries).contains("SIGN_IN_FAILED", "SIGN_IN_THROTTLED", "ACCOUNT_LOCKED");

        HttpResponse<String> unlock = send(HttpRequest.newBuilder(uri("/api/admin/accounts/" + known + "/lock"))
                .header("Authorization", basic("admin", PASSWORD)).DELETE());
        assertThat(unlock.statusCode()).isEqualTo(204);
        assertThat(me(known, GUARDED_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/accounts/" + unknown + "/lock"))
                .header("Authorization", basic("admin", PASSWORD)).DELETE()).statusCode()).isEqualTo(204);
    }

    @Test
    void theSecurityEventLogIsForAdministratorsAndExportsAsCsv() throws Exception {
        HttpResponse<String> researcher = send(HttpRequest.newBuilder(uri("/api/admin/security-events"))
                .header("Authorization", basic("researcher", PASSWORD)).GET());
        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri("/api/admin/security-events?format=csv"))
                .header("Authorization", basic("admin", PASSWORD)).GET());
        HttpResponse<String> badLimit = send(HttpRequest.newBuilder(uri("/api/admin/security-events?limit=0"))
                .header("Authorization", basic("admin", PASSWORD)).GET());

        assertThat(researcher.statusCode()).isEqualTo(403);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("id,occurred_at,kind,username,address,detail");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(json(badLimit.body()).getString("detail")).contains("1000");
    }

    /** What each of thirty wrong passwords in a row was answered, numbers (times, seconds) left out. */
    private List<String> thirtyWrongPasswords(String user) throws IOException, InterruptedException {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            JsonObject problem = json(me(user, "wrong-password-" + i).body());
            answers.add(problem.getInt("status") + " " + problem.getString("title") + ": "
                    + problem.getString("detail").replaceAll("[0-9]+", "#"));
        }
        return answers;
    }

    private HttpResponse<String> me(String user, String password) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/me")).header("Authorization", basic(user, password)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Arquillian names the first non-loopback interface, which not every sandbox can reach. */
    private URI uri(String path) {
        String context = deployed.getPath().endsWith("/")
                ? deployed.getPath().substring(0, deployed.getPath().length() - 1) : deployed.getPath();
        return URI.create("http://127.0.0.1:" + deployed.getPort() + context + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
