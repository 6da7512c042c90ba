package org.primarysources.archive.core.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a CSV import, by the names its header row gives them (case, spaces, {@code _} and {@code -} do
 * not matter: {@code Quoted_Text} is {@code quoted text}). {@code kind}, {@code text} and {@code source} are
 * required; the others may be left out of the header or left empty in a row.
 */
public enum CsvColumn {
    KIND("kind"),
    LABEL("label"),
    TEXT("text"),
    SOURCE("source"),
    LOCATOR_LABEL("locator label"),
    LOCATOR_VALUE("locator value"),
    QUOTED_TEXT("quoted text"),
    SPEAKER("speaker"),
    DATE("date"),
    LANGUAGE("language"),
    TRANSLATION("translation"),
    TRANSLATION_LANGUAGE("translation language");

    private final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    /** The column's name as the header row writes it, e.g. {@code quoted text}. */
    public String header() {
        return header;
    }

    boolean required() {
        return this == KIND || this == TEXT || this == SOURCE;
    }

    static Optional<CsvColumn> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /** Every header name, as the documentation lists them. */
    static String all() {
        return String.join(", ", Arrays.stream(values()).map(CsvColumn::header).toList());
    }
}
