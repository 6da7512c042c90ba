package org.primarysources.archive.core.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.DatabaseProbe;
import org.primarysources.archive.core.platform.MutableClock;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTP Basic is checked before JAX-RS: a database away while checking it still answers 503, not the server's 500. */
class ArchiveAuthenticationMechanismTest {

    private final Map<String, String> headers = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final RecordedEvents events = new RecordedEvents();
    private final StringWriter body = new StringWriter();
    private int status;

    @Test
    void aDatabaseAwayWhileCheckingThePasswordIsA503ProblemWithRetryAfter() {
        IdentityStoreHandler databaseAway = credential -> {
            throw new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection",
                    new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));
        };

        AuthenticationStatus answer = new ArchiveAuthenticationMechanism(databaseAway, database(false), guard())
                .validateRequest(basic("editor", "secret"), response(), context());

        assertThat(answer).isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(status).isEqualTo(503);
        assertThat(headers).containsEntry("Retry-After", "5").containsEntry("Content-Type", "application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(body.toString())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("title")).isEqualTo("Database unavailable");
        assertThat(problem.getString("detail")).doesNotContain("127.0.0.1");
    }

    @Test
    void anyOtherFailureIsLeftToTheContainer() {
        IdentityStoreHandler broken = credential -> {
            throw new IllegalStateException("no identity store");
        };
        ArchiveAuthenticationMechanism mechanism = new ArchiveAuthenticationMechanism(broken, database(true), guard());

        assertThatThrownBy(() -> mechanism.validateRequest(basic("editor", "secret"), response(), context()))
                .hasMessage("no identity store");
        assertThat(status).isZero();
    }

    @Test
    void aFailureNobodyRecognisesWhileTheDatabaseIsAwayIsA503() {
        IdentityStoreHandler failing = credential -> {
            throw new IllegalStateException("the pool gave up in a way of its own");
        };

        new ArchiveAuthenticationMechanism(failing, database(false), guard())
                .validateRequest(basic("editor", "secret"), response(), context());

        assertThat(status).isEqualTo(503);
        assertThat(headers).containsEntry("Retry-After", "5");
    }

    @Test
    void thirtyWrongPasswordsEndInA429LockThatTheRightPasswordDoesNotOpen() {
        IdentityStoreHandler onlyTheRightOne = credential ->
                ((UsernamePasswordCredential) credential).compareTo("editor", "right-password")
                        ? new CredentialValidationResult("editor", Set.of("editor"))
                        : CredentialValidationResult.INVALID_RESULT;
        ArchiveAuthenticationMechanism mechanism = new ArchiveAuthenticationMechanism(onlyTheRightOne, database(true),
                guard());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mechanism.validateRequest(basic("editor", "wrong-" + i), response(), context());
            statuses.add(status);
        }
        mechanism.validateRequest(basic("editor", "right-password"), response(), context());

        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses.subList(10, 30)).containsOnly(429);
        assertThat(status).isEqualTo(429);
        assertThat(headers).containsKey("Retry-After").containsEntry("Content-Type", "application/problem+json");
        assertThat(body.toString()).contains("locked until");
        assertThat(events.kinds).contains(SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_THROTTLED,
                SecurityEventKind.ACCOUNT_LOCKED);
    }

    @Test
    void anUnknownAccountGetsTheSameAnswersAsAKnownOne() {
        IdentityStoreHandler nobody = credential -> CredentialValidationResult.INVALID_RESULT;
        ArchiveAuthenticationMechanism mechanism = new ArchiveAuthenticationMechanism(nobody, database(true), guard());

        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            body.getBuffer().setLength(0);
            mechanism.validateRequest(basic("editor", "wrong-" + i), response(), context());
            known.add(status + " " + body);
            body.getBuffer().setLength(0);
            mechanism.validateRequest(basic("no-such-account", "wrong-" + i), response(), context());
            unknown.add(status + " " + body);
        }

        assertThat(unknown).isEqualTo(known);
    }

    private SignInGuard guard() {
        return new SignInGuard(events, clock);
    }

    /** The security event log, kept in a list. */
    private static final class RecordedEvents extends SecurityEvents {
        final List<SecurityEventKind> kinds = new ArrayList<>();

        @Override
        public void record(SecurityEventKind kind, String username, String address, String detail) {
            kinds.add(kind);
        }
    }

    /** A database that answers, or not, whenever it is asked. */
    private static DatabaseProbe database(boolean answers) {
        return new DatabaseProbe() {
            @Override
            public boolean answers() {
                return answers;
            }
        };
    }

    private static HttpServletRequest basic(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return standIn(HttpServletRequest.class, (method, args) ->
                method.equals("getHeader") && "Authorization".equals(args[0]) ? "Basic " + encoded : null);
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return standIn(HttpServletResponse.class, (method, args) -> {
            switch (method) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                case "getWriter" -> {
                    return writer;
                }
                default -> {
                    // nothing else matters here
                }
            }
            return null;
        });
    }

    private static HttpMessageContext context() {
        AuthenticationParameters none = new AuthenticationParameters();
        return standIn(HttpMessageContext.class, (method, args) -> method.equals("getAuthParameters") ? none : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    /** A stand-in for a servlet container interface, answering only the calls the mechanism makes. */
    private static <T> T standIn(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
