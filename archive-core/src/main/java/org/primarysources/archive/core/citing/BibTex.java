package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.source.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cited item as one BibTeX entry. A record is a part of its source, so a part of a book or an encyclopedia is an
 * {@code @incollection}; everything else (clauses of treaties, quotes from speeches, letters, newspapers) is a
 * {@code @misc}, BibTeX having no better type. Title, container ({@code booktitle}) and author are brace-protected
 * so styles neither re-case a proper title nor split a name they cannot parse. Text stays UTF-8; LaTeX's special
 * characters are escaped with commands whose braces always balance, because BibTeX counts braces even after a
 * backslash.
 */
final class BibTex {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private BibTex() {
    }

    static String write(CitedItem item) {
        List<String> fields = new ArrayList<>();
        if (item.author() != null) {
            fields.add(field("author", "{" + escape(item.author()) + "}"));
        }
        fields.add(field("title", "{" + escape(item.title()) + "}"));
        if (item.containerTitle() != null) {
            fields.add(field("booktitle", "{" + escape(item.containerTitle()) + "}"));
        }
        PartialDate issued = item.issued();
        if (issued != null) {
            fields.add(field("year", String.valueOf(issued.year())));
            if (issued.month() != null) {
                fields.add("  month = " + MONTHS[issued.month() - 1]);
            }
            // biblatex reads the full date, and "~" marks it circa (EDTF)
            fields.add(field("date", issued.toString().replace("~", "") + (issued.circa() ? "~" : "")));
        }
        String holding = Stream.of(item.archive(), item.archiveLocation()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!holding.isEmpty()) {
            fields.add(field("howpublished", escape(holding)));
        }
        if (item.language() != null) {
            fields.add(field("language", escape(item.language())));
        }
        // URLs are verbatim fields; a java.net.URI has no braces or spaces to break them
        fields.add(field("url", item.url().toASCIIString()));
        fields.add(field("urldate", item.accessed().toString()));
        List<String> notes = new ArrayList<>();
        if (item.readableLocator() != null) {
            notes.add(item.readableLocator());
        }
        notes.addAll(item.notes());
        if (!notes.isEmpty()) {
            fields.add(field("note", escape(String.join("; ", notes))));
        }
        return "@" + entryType(item) + "{" + item.id() + ",\n" + String.join(",\n", fields) + "\n}\n";
    }

    private static String entryType(CitedItem item) {
        return switch (item.sourceType()) {
            case BOOK, MEMOIR, ENCYCLOPEDIA_ARTICLE -> "incollection";
            default -> "misc";
        };
    }

    private static String field(String name, String value) {
        return "  " + name + " = {" + value + "}";
    }

    /** The text as LaTeX: {@code \ { } % & $ # _ ~ ^} escaped, line breaks as spaces, everything else as is. */
    static String escape(String text) {
        StringBuilder latex = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> latex.append(switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\textbraceleft{}";
            case '}' -> "\\textbraceright{}";
            case '~' -> "\\textasciitilde{}";
            case '^' -> "\\textasciicircum{}";
            case '%', '&', '$', '#', '_' -> "\\" + Character.toString(c);
            case '\r', '\n', '\t' -> " ";
            default -> Character.toString(c);
        }));
        return latex.toString();
    }
}
