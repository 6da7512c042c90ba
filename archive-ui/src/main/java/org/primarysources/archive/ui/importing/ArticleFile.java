package org.primarysources.archive.ui.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.importing.EncyclopediaArticleParser;
import org.primarysources.archive.core.importing.Imports;
import org.primarysources.archive.core.importing.ParsedArticle;

/**
 * An uploaded article, read the way the import will read it — UTF-8 text up to 10 MB — so the preview shows exactly
 * what confirming creates, while nothing is written yet.
 */
record ArticleFile(String fileName, byte[] bytes) {

    /** What the import would make of this file, with an optional title instead of the article's own. */
    ParsedArticle parse(String title) {
        return EncyclopediaArticleParser.parse(text(), title == null || title.isBlank() ? null : title.strip());
    }

    /** The file's text; refuses what is not a text file: empty, over 10 MB, NUL bytes, or not UTF-8. */
    String text() {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("body", "the file is empty");
        }
        if (bytes.length > Imports.MAX_BYTES) {
            throw new InvalidInputException("body", "the file is over 10 MB");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException("body", "the file is binary (it contains NUL bytes), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "the file is not valid UTF-8 text");
        }
    }
}
