package org.primarysources.archive.core.citation;

import java.util.List;
import java.util.Set;

/** The locator labels of CSL 1.0.2 ({@code article-locator}, {@code page}, {@code paragraph}, {@code section}, …). */
public final class LocatorLabel {

    private static final List<String> NAMES = List.of("act", "appendix", "article-locator", "book", "canon",
            "chapter", "column", "elocation", "equation", "figure", "folio", "issue", "line", "note", "opus", "page",
            "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement", "table", "timestamp",
            "title-locator", "verse", "version", "volume");
    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    private LocatorLabel() {
    }

    public static boolean isKnown(String label) {
        return KNOWN.contains(label);
    }

    public static List<String> names() {
        return NAMES;
    }
}
