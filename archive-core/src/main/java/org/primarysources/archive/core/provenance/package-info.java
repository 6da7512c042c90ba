/**
 * Provenance: who made each version of a record, from which import file or source, and through which review —
 * the hash chain an archivist can audit, exportable as W3C PROV-O (JSON-LD and Turtle).
 */
package org.primarysources.archive.core.provenance;
