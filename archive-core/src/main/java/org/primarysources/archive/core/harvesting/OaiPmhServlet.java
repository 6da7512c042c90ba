package org.primarysources.archive.core.harvesting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.platform.DatabaseProbe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /oai}: the OAI-PMH base URL, for GET and for POST with a form body, as the protocol allows both. Protocol
 * errors are OAI-PMH error elements with HTTP 200; the database being away is a 503 with {@code Retry-After}, the
 * protocol's way of asking a harvester to come back; a fault of ours is logged and a 500 without a stack trace. The
 * exact path wins over the user interface's {@code /*}.
 */
@WebServlet(urlPatterns = "/oai", name = "OAI-PMH")
public class OaiPmhServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OaiPmhServlet.class.getName());

    private transient OaiPmh oaiPmh;
    private transient DatabaseProbe database;

    /** The container injects the provider and the probe here: servlets are created by the container, not CDI. */
    @Inject
    void answerWith(OaiPmh provider, DatabaseProbe probe) {
        this.oaiPmh = provider;
        this.database = probe;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body;
        try {
            body = oaiPmh.answer(request.getParameterMap());
        } catch (RuntimeException failure) {
            if (DatabaseOutage.caused(failure) || !database.answers()) {
                LOG.log(Level.FINE, "answered 503: the database is unavailable", failure);
                unavailable(response);
                return;
            }
            LOG.log(Level.SEVERE, "unexpected failure answering an OAI-PMH request", failure);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; it has been logged.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
    }

    /** A short text answer that is no OAI-PMH response: the outage, or a fault of ours, never a stack trace. */
    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
