package org.primarysources.archive.core.linkeddata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.rdf.JsonLdWriter;
import org.primarysources.archive.core.rdf.RdfGraph;
import org.primarysources.archive.core.rdf.TurtleWriter;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

/**
 * The linked-data description of a published record version or source version, as JSON-LD or Turtle: what the API
 * answers on {@code Accept: application/ld+json} or {@code text/turtle}, and what a page embeds for Zotero, search
 * engines and harvesters. Both formats are written from one graph and are deterministic.
 */
@ApplicationScoped
public class Descriptions {

    private final PublicAddresses addresses;

    @Inject
    public Descriptions(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    /** Only for the CDI client proxy. */
    protected Descriptions() {
        this.addresses = null;
    }

    /** A record version as JSON-LD; safe to embed in an HTML {@code <script>} element. */
    public String jsonLd(RecordDetails record) {
        return JsonLdWriter.write(graph(record));
    }

    /** A record version as Turtle. */
    public String turtle(RecordDetails record) {
        return TurtleWriter.write(graph(record));
    }

    /** A source version as JSON-LD; safe to embed in an HTML {@code <script>} element. */
    public String jsonLd(SourceDetails source) {
        return JsonLdWriter.write(graph(source));
    }

    /** A source version as Turtle. */
    public String turtle(SourceDetails source) {
        return TurtleWriter.write(graph(source));
    }

    RdfGraph graph(RecordDetails record) {
        return new DescriptionMapping(addresses).record(record);
    }

    RdfGraph graph(SourceDetails source) {
        return new DescriptionMapping(addresses).source(source);
    }
}
