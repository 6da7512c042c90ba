package org.primarysources.archive.ui.record;

import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.record.RecordDetails;

/**
 * Addresses of a record in the archive's web API, relative to the page's base address (the archive's root), so
 * that they work wherever the archive is deployed. What a citation names is the version's page, not these.
 */
final class ApiLinks {

    private ApiLinks() {
    }

    /** This version in the API: JSON, or JSON-LD and Turtle on {@code Accept}. */
    static String version(RecordDetails record) {
        return "api/records/" + record.id() + "/versions/" + record.version();
    }

    /** The record's provenance as W3C PROV-O (JSON-LD, or Turtle on {@code Accept}). */
    static String provenance(RecordDetails record) {
        return "api/records/" + record.id() + "/provenance";
    }

    /** The citation in a reference manager's format. */
    static String citation(RecordDetails record, CitationFormat format) {
        return "api/records/" + record.id() + "/cite?format=" + format.param();
    }

    /** The proof that this version is in the archive's log, against the checkpoint of {@code treeSize}. */
    static String inclusionProof(RecordDetails record, long treeSize) {
        return "api/log/inclusion?item=record&id=" + record.id() + "&version=" + record.version() + "&size="
                + treeSize;
    }

    static String fileName(RecordDetails record, CitationFormat format) {
        return "record-" + record.id() + "-v" + record.version() + "." + format.fileExtension();
    }
}
