package org.primarysources.archive.core.review;

import java.util.List;

/** One field before and after a change, with the word-level inline difference. */
public record FieldDiff(String field, String before, String after, List<WordDiff.Segment> inline) {
}
