package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Transcriptions;

import java.util.ArrayList;
import java.util.List;

/**
 * Published sources for tests, and citations of them placed as the archive places them:
 * {@code SourceBuilder.theTreaty().transcription("…").build()}, then {@code SourceBuilder.cite(source, "words")}.
 */
public final class SourceBuilder {

    public static final String TREATY_TEXT = """
            Article VII
            The enforcement of this treaty shall in no way affect the sovereign rights of the contracting parties.

            The New York Times described the treaty as "virtual sacrifice of independence." Urbšys objected.""";

    private long id = RecordBuilder.TREATY.id();
    private int version = 1;
    private String title = RecordBuilder.TREATY.title();
    private SourceType type = SourceType.TREATY;
    private String transcription = TREATY_TEXT;
    private String url = "https://en.wikipedia.org/wiki/Soviet%E2%80%93Lithuanian_Mutual_Assistance_Treaty";
    private final List<String> languages = new ArrayList<>(List.of("en"));

    private SourceBuilder() {
    }

    public static SourceBuilder theTreaty() {
        return new SourceBuilder();
    }

    public SourceBuilder id(long newId) {
        id = newId;
        return this;
    }

    public SourceBuilder version(int newVersion) {
        version = newVersion;
        return this;
    }

    public SourceBuilder title(String newTitle) {
        title = newTitle;
        return this;
    }

    public SourceBuilder transcription(String text) {
        transcription = text;
        return this;
    }

    public SourceBuilder url(String newUrl) {
        url = newUrl;
        return this;
    }

    public SourceDetails build() {
        return new SourceDetails(id, version, title, type, PartialDate.parse("1939-10-10"), List.copyOf(languages),
                "Lithuanian Central State Archives", "F. 383, ap. 7, b. 2144", url, "CC BY-SA 4.0",
                List.of("Soviet–Lithuanian relations"), transcription, Transcriptions.sha256(transcription),
                String.format("%064x", id * 100 + version));
    }

    /**
     * A verified citation of the words' first occurrence in this version of the source, with code-point offsets
     * and the text's hash, as the archive records it.
     */
    public static CitationDetails cite(SourceDetails source, String exact) {
        int at = source.transcription().indexOf(exact);
        if (at < 0) {
            throw new IllegalArgumentException("not in the transcription: " + exact);
        }
        int start = source.transcription().codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        return new CitationDetails(source.id(), source.title(), source.version(), "article-locator", "VII", exact,
                "", "", start, end, source.transcriptionHash(), Verification.VERIFIED);
    }

    /** A record citing the words of this version of the source. */
    public static RecordDetails quoting(RecordBuilder record, SourceDetails source, String exact) {
        return record.text(exact).from(new SourceRef(source.id(), source.title())).citing(cite(source, exact))
                .build();
    }
}
