package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.web.ParamSpelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A citation style a researcher's discipline asks for, as published by the Citation Style Language project
 * (the {@code org.citationstyles:styles} jar carries the style files).
 */
public enum CitationStyle implements ParamSpelling {
    CHICAGO_NOTES_BIBLIOGRAPHY("chicago-notes-bibliography"),
    APA("apa"),
    MLA("modern-language-association");

    private final String param;

    CitationStyle(String param) {
        this.param = param;
    }

    /** The value of the {@code style} query parameter: the CSL style's id, e.g. {@code apa}. */
    @Override
    public String param() {
        return param;
    }

    /** The CSL style file on the classpath, e.g. {@code chicago-notes-bibliography.csl}. */
    public String styleFile() {
        return param + ".csl";
    }

    /** The style's CSL XML, read from the styles jar. */
    String styleXml() {
        try (InputStream in = CitationStyle.class.getClassLoader().getResourceAsStream(styleFile())) {
            if (in == null) {
                throw new IllegalStateException(
                        styleFile() + " is missing: org.citationstyles:styles is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
