package org.primarysources.archive.core.harvesting;

import java.util.List;

/** One page of a harvest, and whether more follow it. */
public record HarvestPage<T>(List<T> items, boolean more) {
}
