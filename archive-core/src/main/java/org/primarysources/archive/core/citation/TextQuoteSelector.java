package org.primarysources.archive.core.citation;

/** W3C Web Annotation TextQuoteSelector: the exact words cited, with a little text before and after. */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
}
