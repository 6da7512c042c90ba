package org.primarysources.archive.core.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.text.SpreadsheetCells;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The security event log over HTTP: for administrators. */
@Path("admin/security-events")
@RequestScoped
@Tag(name = "accounts")
@SecurityRequirement(name = "basic")
public class SecurityEventResource {

    static final String CSV = "text/csv";

    private final SecurityEvents events;

    @Inject
    SecurityEventResource(SecurityEvents events) {
        this.events = events;
    }

    /** Only for the CDI client proxy. */
    protected SecurityEventResource() {
        this(null);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The security event log, oldest first, after a given entry (admin); format=csv to export")
    public Response list(@QueryParam("after") @DefaultValue("0") long after,
                         @QueryParam("limit") @DefaultValue("100") int limit,
                         @QueryParam("format") @DefaultValue("json") String format) {
        List<SecurityEventSummary> page = events.after(after, limit);
        return switch (format) {
            case "json" -> Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
            case "csv" -> Response.ok(csv(page), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"security-events.csv\"")
                    .build();
            default -> throw new InvalidInputException("format", "json or csv, not '" + format + "'");
        };
    }

    private static StreamingOutput csv(List<SecurityEventSummary> page) {
        return output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("id", "occurred_at", "kind", "username", "address", "detail").get())) {
                for (SecurityEventSummary event : page) {
                    printer.printRecord(event.id(), event.occurredAt(), event.kind(),
                            SpreadsheetCells.safe(event.username()), event.address(),
                            SpreadsheetCells.safe(event.detail()));
                }
            }
        };
    }
}
