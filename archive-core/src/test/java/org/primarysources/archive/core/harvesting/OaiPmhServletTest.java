package org.primarysources.archive.core.harvesting;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.DatabaseProbe;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the servlet answers when the provider fails: the outage as a 503, never a stack trace. */
class OaiPmhServletTest {

    @Test
    void theDatabaseGoneIsA503WithRetryAfter() throws Exception {
        Answer answer = answer(new IllegalStateException("query failed",
                new SQLTransientConnectionException("connection refused", "08001")), true);

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.headers).containsEntry("Retry-After", "5");
        assertThat(answer.body()).isEqualTo("The database is unavailable; try again in a moment.");
    }

    @Test
    void aFailureNobodyRecognisesWhileTheDatabaseIsAwayIsA503() throws Exception {
        assertThat(answer(new IllegalStateException("pool closed"), false).status).isEqualTo(503);
    }

    @Test
    void aFaultOfOursIsA500WithoutAStackTrace() throws Exception {
        Answer answer = answer(new IllegalStateException("a bug"), true);

        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body()).doesNotContain("IllegalStateException").doesNotContain("a bug");
    }

    private static Answer answer(RuntimeException failure, boolean databaseAnswers) throws Exception {
        OaiPmhServlet servlet = new OaiPmhServlet();
        servlet.answerWith(new OaiPmh() {
            @Override
            public byte[] answer(Map<String, String[]> parameters) {
                throw failure;
            }
        }, new DatabaseProbe() {
            @Override
            public boolean answers() {
                return databaseAnswers;
            }
        });
        Answer answer = new Answer();
        servlet.doGet(request(), answer.response());
        return answer;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(OaiPmhServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterMap" -> Map.of("verb", new String[] {"Identify"});
                    default -> null;
                });
    }

    /** A response that keeps its status, headers and body. */
    private static final class Answer {
        private int status = 200;
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(OaiPmhServletTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {
                                // content type and length: not what these tests look at
                            }
                        }
                        return null;
                    });
        }
    }
}
