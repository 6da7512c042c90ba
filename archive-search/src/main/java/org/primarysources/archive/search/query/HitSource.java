package org.primarysources.archive.search.query;

/**
 * The part of an indexed document a hit is made of ({@link SearchQueries#HIT_FIELDS}): an entity's {@code name}
 * stands in for a label, its description is its {@code text}.
 */
record HitSource(Long id, String kind, String label, String name, String text, String speaker, Long sourceId,
                 String sourceTitle, String date, String verification) {
}
