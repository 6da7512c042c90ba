/**
 * Text: the small rules every part of the archive applies to words alike — folding diacritics as the search index
 * does, quotation marks and dashes as plain ASCII, shortening with an ellipsis. Depends on nothing else in core.
 */
package org.primarysources.archive.core.text;
