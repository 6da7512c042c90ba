/**
 * A small RDF kit: a deterministic graph of IRI subjects ({@code RdfGraph}) and its writers, JSON-LD 1.1 with an
 * inline context and Turtle; the vocabularies' IRIs. Used by the provenance documents and the linked-data
 * descriptions of records and sources.
 */
package org.primarysources.archive.core.rdf;
