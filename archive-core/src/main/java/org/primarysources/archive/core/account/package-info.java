/**
 * Accounts: who may sign in to the archive and in which roles (researcher, archivist, editor, admin).
 * Passwords are stored only as PBKDF2-SHA-512 hashes; the API signs in with HTTP Basic, the browser with a form.
 */
package org.primarysources.archive.core.account;
