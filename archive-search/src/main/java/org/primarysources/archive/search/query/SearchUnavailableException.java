package org.primarysources.archive.search.query;

/** OpenSearch cannot be reached (or timed out): searching is temporarily unavailable (HTTP 503). */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
