/**
 * Keeping the search index in step with what is published: the OpenSearch connection, its readiness, and
 * (later) the outbox relay that feeds it.
 */
package org.primarysources.archive.search.index;
