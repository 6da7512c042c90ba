/**
 * Signing in to the archive with an account name and password; researchers may also read without signing in.
 */
package org.primarysources.archive.ui.login;
