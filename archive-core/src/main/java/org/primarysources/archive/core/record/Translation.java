package org.primarysources.archive.core.record;

/** A translation of a quote's words into a language (BCP 47 tag, e.g. {@code en}). */
public record Translation(String language, String text) {
}
