/**
 * Keeping the search index in step with what is published: the OpenSearch connection and its readiness, the
 * versioned mapping and analysers, and the indexer the outbox relay feeds (one alias in front of one concrete index,
 * rebuilt beside it and swapped atomically).
 */
package org.primarysources.archive.search.index;
