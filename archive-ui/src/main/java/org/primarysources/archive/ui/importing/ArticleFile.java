package org.primarysources.archive.ui.importing;


import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.parsing.EncyclopediaArticleParser;
import org.primarysources.archive.core.parsing.ParsedArticle;

/**
 * An uploaded article, read the way the import will read it — UTF-8 text up to 10 MB — so the preview shows exactly
 * what confirming creates, while nothing is written yet.
 */
record ArticleFile(String fileName, byte[] bytes) {

    /** What the import would make of this file, with an optional title instead of the article's own. */
    ParsedArticle parse(String title) {
        return EncyclopediaArticleParser.parse(text(), title == null || title.isBlank() ? null : title.strip());
    }

    /** The file's text as the parser reads it, which the removals of {@link #parse} point into. */
    String source() {
        return EncyclopediaArticleParser.source(text());
    }

    /** The file's text; refuses what is not a text file, exactly as an import would. */
    String text() {
        return Imports.decode(bytes);
    }
}
