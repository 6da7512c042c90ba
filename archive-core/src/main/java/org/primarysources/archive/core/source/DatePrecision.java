package org.primarysources.archive.core.source;

/** How much of a date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
