package org.primarysources.archive.core.source;

import org.primarysources.archive.core.error.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a version of a source says about the document: metadata and the transcription. Validated on creation;
 * {@link #toCanonical(String)} is what the hash chain covers (the transcription by its SHA-256).
 */
public record SourceContent(String title, SourceType type, PartialDate date, List<String> languages,
                            String holdingInstitution, String callNumber, String url, String rights,
                            List<String> subjects, String transcription) {

    /** Transcriptions are limited to 10 MB of text. */
    public static final int MAX_TRANSCRIPTION_LENGTH = 10 * 1024 * 1024;
    public static final int MAX_TITLE_LENGTH = 1000;

    public SourceContent {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "a source needs a title");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "a title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (type == null) {
            throw new InvalidInputException("type", "a source needs a type");
        }
        if (transcription == null) {
            transcription = "";
        }
        transcription = Transcriptions.normalise(transcription);
        if (transcription.length() > MAX_TRANSCRIPTION_LENGTH) {
            throw new InvalidInputException("transcription", "a transcription has at most 10 MB of text");
        }
        title = title.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    Map<String, Object> toCanonical(String transcriptionSha256) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", title);
        json.put("type", type);
        json.put("date", date == null ? null : date.toString());
        json.put("languages", languages);
        json.put("holdingInstitution", holdingInstitution);
        json.put("callNumber", callNumber);
        json.put("url", url);
        json.put("rights", rights);
        json.put("subjects", subjects);
        json.put("transcriptionSha256", transcriptionSha256);
        return json;
    }
}
