package org.primarysources.archive.core.audit;

/** Something the audit found broken: which item ({@code source} or {@code record}), which version, what. */
public record Finding(String item, long id, int version, String problem) {
}
