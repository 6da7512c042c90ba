/**
 * Finding sources, clauses, quotes and entities in the archive: the landing page, open to everyone.
 */
package org.primarysources.archive.ui.search;
