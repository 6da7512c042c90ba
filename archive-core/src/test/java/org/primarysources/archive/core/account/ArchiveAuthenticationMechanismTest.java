package org.primarysources.archive.core.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.DatabaseProbe;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTP Basic is checked before JAX-RS: a database away while checking it still answers 503, not the server's 500. */
class ArchiveAuthenticationMechanismTest {

    private final Map<String, String> headers = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private int status;

    @Test
    void aDatabaseAwayWhileCheckingThePasswordIsA503ProblemWithRetryAfter() {
        IdentityStoreHandler databaseAway = credential -> {
            throw new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection",
                    new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));
        };

        AuthenticationStatus answer = new ArchiveAuthenticationMechanism(databaseAway, database(false))
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
        ArchiveAuthenticationMechanism mechanism = new ArchiveAuthenticationMechanism(broken, database(true));

        assertThatThrownBy(() -> mechanism.validateRequest(basic("editor", "secret"), response(), context()))
                .hasMessage("no identity store");
        assertThat(status).isZero();
    }

    @Test
    void aFailureNobodyRecognisesWhileTheDatabaseIsAwayIsA503() {
        IdentityStoreHandler failing = credential -> {
            throw new IllegalStateException("the pool gave up in a way of its own");
        };

        new ArchiveAuthenticationMechanism(failing, database(false))
                .validateRequest(basic("editor", "secret"), response(), context());

        assertThat(status).isEqualTo(503);
        assertThat(headers).containsEntry("Retry-After", "5");
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
