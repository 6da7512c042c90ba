/**
 * Small building blocks the pages share: badges, marked passages, word differences, notices. Archive content
 * (quotes, names, comments) always goes into them as text, never as HTML.
 */
package org.primarysources.archive.ui.components;
