package org.primarysources.archive.search.query;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.primarysources.archive.core.web.Problem;

/**
 * OpenSearch down or too slow: 503 {@code application/problem+json}, with a hint to retry shortly. (More
 * specific than core's mapper for any {@code Throwable}, so it wins.) Which node failed, and why, is logged by
 * {@link Searches}, never shown.
 */
@Provider
class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {

    static final int STATUS = 503;
    static final String TITLE = "Service Unavailable";
    static final String DETAIL = "search is temporarily unavailable";
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(SearchUnavailableException e) {
        Response problem = Problem.of(STATUS, TITLE, DETAIL).toResponse();
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
