package org.primarysources.archive.core.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.primarysources.archive.core.account.HashingBusyException;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.Refusals;
import org.primarysources.archive.core.platform.DatabaseProbe;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves the API as {@code application/problem+json}. Known problems keep their status; the database
 * being away is a 503 with {@code Retry-After}; anything unexpected is logged with its stack trace and answered with
 * a plain 500 that reveals nothing.
 */
final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            Long line = e instanceof InvalidInputException invalid ? invalid.line() : null;
            return new Problem("about:blank", e.title(), e.status(), e.getMessage(), field, line).toResponse();
        }
    }

    @Provider
    static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof DomainException domain) {
                // a bad parameter value (EnumParameters): JAX-RS lets only this exception through unchanged
                return new Domain().toResponse(domain);
            }
            Response original = e.getResponse();
            int status = original.getStatus();
            String detail = e instanceof NotFoundException
                    ? "There is nothing at this address."
                    : original.getStatusInfo().getReasonPhrase();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                detail = "The request body could not be read as JSON of the expected shape.";
            }
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problem.of(status, original.getStatusInfo().getReasonPhrase(), detail).toResponse());
            return answer.build();
        }
    }

    @Provider
    static class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(400, "Bad Request",
                    "The request body could not be read as JSON of the expected shape.").toResponse();
        }
    }

    /** Someone else changed or is changing the same thing: optimistic version clash or a held lock. */
    @Provider
    static class Concurrent implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return Refusals.of(e).map(new Domain()::toResponse).orElseGet(() -> new Unexpected().toResponse(e));
        }
    }

    /**
     * The database is down, restarting or unreachable: 503, and {@code Retry-After} so that clients and proxies try
     * again shortly. Not a fault of ours, so no stack trace in the log (the pool and the health check report it).
     */
    static final class DatabaseAway {
        private static final Logger LOG = Logger.getLogger(DatabaseAway.class.getName());

        Response toResponse(Throwable e) {
            LOG.log(Level.FINE, "answered 503: the database is unavailable", e);
            return Response.fromResponse(Problem.of(503, DatabaseOutage.TITLE, DatabaseOutage.DETAIL).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
    }

    /**
     * A transaction that failed at its commit (e.g. the database went away just then). Jersey brings a mapper of its
     * own for this type, which rethrows what it cannot map and so answers a bare 500; this one goes first.
     */
    @Provider
    @Priority(Priorities.USER - 1000)
    static class Transactional implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return new Unexpected().toResponse(e);
        }
    }

    @Provider
    static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            Optional<DomainException> refusal = Refusals.of(e);
            if (refusal.isPresent()) {
                return new Domain().toResponse(refusal.get());
            }
            if (DatabaseOutage.caused(e)) {
                return new DatabaseAway().toResponse(e);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
                    return new Json().toResponse(new JsonbException(cause.getMessage()));
                }
                if (cause instanceof HashingBusyException) {
                    return Response.fromResponse(Problem.of(503, "Busy", cause.getMessage()).toResponse())
                            .header(HttpHeaders.RETRY_AFTER, HashingBusyException.RETRY_AFTER_SECONDS)
                            .build();
                }
            }
            if (!databaseAnswers()) {
                // an exception nobody recognised, while the database is away: the outage, but logged to learn from
                LOG.log(Level.WARNING, "answered 503: the database is unavailable, and the failure was", e);
                return new DatabaseAway().toResponse(e);
            }
            LOG.log(Level.SEVERE, "unexpected failure answering an API request", e);
            return Problem.of(500, "Internal Server Error",
                    "Something went wrong on our side; it has been logged.").toResponse();
        }

        private static boolean databaseAnswers() {
            try {
                return CDI.current().select(DatabaseProbe.class).get().answers();
            } catch (IllegalStateException noContainer) {
                return true; // outside a running archive (unit tests): nothing to ask
            }
        }
    }
}
