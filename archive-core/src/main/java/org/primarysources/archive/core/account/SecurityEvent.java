package org.primarysources.archive.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** An entry of the security event log; never changed once written. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    static final int MAX_NAME = 64;
    static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 32)
    private SecurityEventKind kind;

    @Column(name = "username", updatable = false, length = MAX_NAME)
    private String username;

    @Column(name = "client_address", updatable = false, length = MAX_NAME)
    private String address;

    @Column(name = "detail", updatable = false, length = MAX_DETAIL)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String address, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = printable(username, MAX_NAME);
        this.address = printable(address, MAX_NAME);
        this.detail = printable(detail, MAX_DETAIL);
    }

    SecurityEventSummary toSummary() {
        return new SecurityEventSummary(id, occurredAt, kind, username, address, detail);
    }

    /** What a caller typed, kept readable: control characters become '?', and it is cut to fit its column. */
    static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().limit(max).forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        String cut = kept.toString();
        return cut.length() <= max ? cut : cut.substring(0, max);
    }
}
