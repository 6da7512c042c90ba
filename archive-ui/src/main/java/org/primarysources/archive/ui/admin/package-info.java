/**
 * Running the archive: who may do what (accounts and their roles), rebuilding the search index, and whether the
 * database, search and the search outbox keep up.
 */
package org.primarysources.archive.ui.admin;
