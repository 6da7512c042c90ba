/**
 * Verifying the archive: recompute every hash chain and re-check every cited text, so that history rewritten
 * behind the application's back is noticed ({@code ./archive verify}, {@code GET /api/verify}).
 */
package org.primarysources.archive.core.audit;
