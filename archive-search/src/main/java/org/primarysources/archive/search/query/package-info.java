/**
 * Finding published records: a researcher's words, phrases and exclusions, filters by kind, source, speaker,
 * language and decade, facet counts and highlighted fragments — over HTTP ({@code /api/search}) and for the UI.
 */
package org.primarysources.archive.search.query;
