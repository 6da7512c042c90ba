package org.primarysources.archive.core.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details, plus the offending {@code field} when the input was at fault, and its {@code line} when
 * the input was an uploaded file (a CSV import's row: {@code field} is then the column).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field", "line"})
public record Problem(String type, String title, int status, String detail, String field, Long line) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
