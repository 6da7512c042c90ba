package org.primarysources.archive.search.query;

/**
 * The part of an indexed document a hit is made of ({@link SearchQueries#HIT_FIELDS}, and for an export
 * {@link SearchQueries#EXPORT_FIELDS}, which add version and language): an entity's {@code name} stands in for a
 * label, its description is its {@code text}.
 */
record HitSource(Long id, String kind, Integer version, String label, String name, String text, String speaker,
                 Long sourceId, String sourceTitle, String date, String language, String verification) {
}
