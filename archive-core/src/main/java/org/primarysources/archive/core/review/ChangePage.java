package org.primarysources.archive.core.review;

import java.util.List;

/** One page of change requests and how many match in all. */
public record ChangePage(long total, List<ChangeSummary> items) {
}
