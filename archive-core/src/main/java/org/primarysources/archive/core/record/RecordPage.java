package org.primarysources.archive.core.record;

import java.util.List;

/** One page of published records and how many there are in all. */
public record RecordPage(long total, List<RecordDetails> items) {
}
