/**
 * Bringing new primary sources into the archive: an archivist uploads documents, checks what was read from them,
 * and submits the result as a change for review.
 */
package org.primarysources.archive.ui.importing;
