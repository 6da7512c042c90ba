/**
 * Importing: turns a scraped encyclopedia article into import material for the archive — a clean transcription
 * with its headings, the treaty's numbered clauses, the quotations with proposed speakers, and the linked entities.
 */
package org.primarysources.archive.core.importing;
