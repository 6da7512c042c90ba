/**
 * The browser interface of the archive: researchers search, read and cite; archivists import and draft changes;
 * editors review them; admins run the archive. Each feature is a subpackage; {@code layout} holds the shell.
 */
package org.primarysources.archive.ui;
