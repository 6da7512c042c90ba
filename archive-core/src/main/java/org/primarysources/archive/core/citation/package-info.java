/**
 * Citations: where a record's words stand in a source (locator, quoted text, verification against the
 * transcription) and how a researcher takes a record away as a reference: CSL-JSON, BibTeX, RIS or styled text.
 */
package org.primarysources.archive.core.citation;
