package org.primarysources.archive.search.export;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.primarysources.archive.core.citing.CitationList;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.search.query.ExportHit;
import org.primarysources.archive.search.query.HitStream;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResource;
import org.primarysources.archive.search.query.SearchSort;
import org.primarysources.archive.search.query.Searches;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/search/export?format=csv|ris|bibtex|csl-json&…}: the results of a search, with the parameters of
 * {@code /api/search}, as a file to download. The file is written while the hits are read, a page at a time, in the
 * search's order; at most {@value #LIMIT} hits are exported, the first by that order, and
 * {@value #TRUNCATED} says so ({@code 10000 of 12345}). Entities and sources cannot be cited: RIS, BibTeX and
 * CSL-JSON leave them out and {@value #LEFT_OUT} counts them; the CSV table has a row for every hit.
 */
@Path("search/export")
@RequestScoped
@Tag(name = "search")
public class SearchExportResource {

    /** The most hits one export holds: as many as a search can page through. */
    public static final int LIMIT = SearchRequest.MAX_DEPTH;
    /** Response header present when more hits match than were exported: {@code <exported> of <matching>}. */
    public static final String TRUNCATED = "X-Archive-Export-Truncated";
    /** Response header of the citation formats: how many matching hits were left out as entities or sources. */
    public static final String LEFT_OUT = "X-Archive-Export-Left-Out";
    private static final Set<RecordKind> CITABLE = EnumSet.of(RecordKind.CLAUSE, RecordKind.QUOTE);

    private final Searches searches;
    private final Records records;
    private final Checkpoints log;
    private final PublicAddresses addresses;
    private final Clock clock;

    @Inject
    SearchExportResource(Searches searches, Records records, Checkpoints log, PublicAddresses addresses,
                         Clock clock) {
        this.searches = searches;
        this.records = records;
        this.log = log;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected SearchExportResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Produces({"text/csv", "application/x-research-info-systems", "application/x-bibtex",
            "application/vnd.citationstyles.csl+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "A search's results as a file: csv (a row per hit) or the citations of its clauses and "
            + "quotes in ris | bibtex | csl-json; at most 10,000 hits (header " + TRUNCATED + " when more match)")
    public Response export(
            @Parameter(description = "csv (default), ris, bibtex or csl-json")
            @QueryParam("format") @DefaultValue("csv") ExportFormat format,
            @Parameter(description = "as /api/search") @QueryParam("q") String q,
            @Parameter(description = "as /api/search") @QueryParam("kind") List<RecordKind> kind,
            @Parameter(description = "as /api/search") @QueryParam("source") List<String> source,
            @Parameter(description = "as /api/search") @QueryParam("speaker") List<String> speaker,
            @Parameter(description = "as /api/search") @QueryParam("language") List<String> language,
            @Parameter(description = "as /api/search") @QueryParam("decade") List<String> decade,
            @Parameter(description = "as /api/search") @QueryParam("mode") SearchMode mode,
            @Parameter(description = "as /api/search") @QueryParam("sort") SearchSort sort,
            @Parameter(description = "csv only: true starts the file with a UTF-8 byte order mark, for spreadsheets")
            @QueryParam("bom") boolean bom) {
        SearchRequest request = SearchResource.request(q, kind, source, speaker, language, decade, mode, sort, null,
                null);
        boolean citing = format.citations() != null;
        HitStream hits = searches.stream(request, citing ? CITABLE : EnumSet.allOf(RecordKind.class), LIMIT);
        LocalDate today = LocalDate.now(clock);
        StreamingOutput file = out -> {
            try (hits) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                if (citing) {
                    CitationList list = CitationList.writingTo(writer, format.citations());
                    CitedHits cited = new CitedHits(records, log, addresses, today, list);
                    hits.forEachPage(cited::write);
                    list.finish();
                } else {
                    ResultTable table = new ResultTable(writer, bom);
                    hits.forEachPage(page -> {
                        for (ExportHit hit : page) {
                            table.row(hit, page(hit));
                        }
                    });
                    table.finish();
                }
                writer.flush();
            }
        };
        Response.ResponseBuilder response = Response.ok(file, format.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"archive-search-" + today + "."
                        + format.fileExtension() + "\"");
        if (hits.isTruncated()) {
            response.header(TRUNCATED, hits.exported() + " of " + hits.total());
        }
        if (citing) {
            response.header(LEFT_OUT, hits.leftOut());
        }
        return response.build();
    }

    /** A hit's page for people: a record version's, or a source's. */
    private URI page(ExportHit hit) {
        return hit.kind() == RecordKind.SOURCE ? addresses.source(hit.id())
                : addresses.recordVersion(hit.id(), hit.version());
    }
}
