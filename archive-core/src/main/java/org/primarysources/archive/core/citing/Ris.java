package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.source.PartialDate;

import java.time.format.DateTimeFormatter;

/**
 * A cited item as one RIS reference: {@code TAG  - value} lines ended by CRLF, as the RIS specification asks,
 * from {@code TY} to {@code ER}. {@code T2} names the source the record is part of; {@code SP} holds the locator
 * and an {@code N1} note says it in words, next to the hashes.
 */
final class Ris {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private Ris() {
    }

    static String write(CitedItem item) {
        StringBuilder ris = new StringBuilder(512);
        tag(ris, "TY", type(item));
        tag(ris, "ID", item.id());
        tag(ris, "TI", item.title());
        tag(ris, "T2", item.containerTitle());
        tag(ris, "AU", item.author());
        PartialDate issued = item.issued();
        if (issued != null) {
            tag(ris, "PY", String.format("%04d", issued.year()));
            tag(ris, "DA", date(issued));
        }
        tag(ris, "SP", item.locator());
        tag(ris, "UR", item.url().toASCIIString());
        tag(ris, "Y2", item.accessed().format(SLASHED));
        tag(ris, "LA", item.language());
        tag(ris, "DB", item.archive());
        tag(ris, "AN", item.archiveLocation());
        tag(ris, "N1", item.readableLocator());
        item.notes().forEach(note -> tag(ris, "N1", note));
        return ris.append("ER  - \r\n").toString();
    }

    /** The RIS type of the cited part: a part of a book is a book section ({@code CHAP}), whose T2 is the book. */
    private static String type(CitedItem item) {
        return switch (item.sourceType()) {
            case TREATY -> "STAT";
            case NEWSPAPER_ARTICLE -> "NEWS";
            case MEMOIR, BOOK -> "CHAP";
            case LETTER -> "PCOMM";
            case MAP -> "MAP";
            case ENCYCLOPEDIA_ARTICLE -> "ENCYC";
            case SPEECH, OTHER -> "GEN";
        };
    }

    /** {@code YYYY/MM/DD/other}, unknown parts empty, "circa" as the other information. */
    private static String date(PartialDate date) {
        return String.format("%04d/%s/%s/%s", date.year(),
                date.month() == null ? "" : String.format("%02d", date.month()),
                date.day() == null ? "" : String.format("%02d", date.day()),
                date.circa() ? "circa" : "");
    }

    private static void tag(StringBuilder ris, String tag, String value) {
        if (value != null && !value.isBlank()) {
            // a line break inside a value would start a line RIS readers take for a new tag
            ris.append(tag).append("  - ").append(value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).append("\r\n");
        }
    }
}
