/**
 * Running the archive: accounts and roles, reindexing search, verifying stored sources.
 */
package org.primarysources.archive.ui.admin;
