/**
 * An archivist's or editor's own drafted changes and where each one stands in review.
 */
package org.primarysources.archive.ui.changes;
