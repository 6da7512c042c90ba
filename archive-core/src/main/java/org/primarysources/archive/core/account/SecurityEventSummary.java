package org.primarysources.archive.core.account;

import java.time.Instant;

/**
 * One entry of the security event log, as administrators read it.
 *
 * @param id         the entry's number; later entries have larger numbers
 * @param occurredAt when
 * @param kind       what happened
 * @param username   the account name given or concerned; null when none
 * @param address    the client address the request came from; null when none
 * @param detail     more, in words; null when nothing more
 */
public record SecurityEventSummary(long id, Instant occurredAt, SecurityEventKind kind, String username,
                                   String address, String detail) {
}
