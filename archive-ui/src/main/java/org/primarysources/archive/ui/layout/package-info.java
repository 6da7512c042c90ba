/**
 * The shell every page sits in: the app bar, the navigation a person's roles allow, signing out, and the one place
 * that decides who may open which page ({@link org.primarysources.archive.ui.layout.AllowedRoles}).
 */
package org.primarysources.archive.ui.layout;
