/**
 * Linked data: a published record or source described in schema.org, Dublin Core terms and PROV-O, as JSON-LD and
 * Turtle — one description, served by the API on content negotiation and embedded in the record and source pages.
 * Every IRI is one of the archive's public addresses ({@code PublicAddresses}), never the API's or a request's host.
 */
package org.primarysources.archive.core.linkeddata;
