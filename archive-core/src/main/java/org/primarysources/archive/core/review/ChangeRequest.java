package org.primarysources.archive.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDrafts;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceDrafts;

import java.time.Instant;

/**
 * One proposed action on one record or source. The aggregate guards its workflow: moves follow
 * {@link ChangeState}, only the author edits, submits or withdraws, and nobody approves their own change.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest {

    enum Target { RECORD, SOURCE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 8)
    private Target target;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 8)
    private ChangeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ChangeState state;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 16)
    private RecordKind recordKind;

    @Column(name = "base_version")
    private Integer baseVersion;

    @Column(name = "proposed", nullable = false, length = Integer.MAX_VALUE)
    private String proposed;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "speaker_change_id")
    private Long speakerChangeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChangeRequest() {
    }

    /** A proposal for one record: create, update or retract it, drafted over {@code baseVersion}. */
    static ChangeRequest forRecord(ChangeAction action, Long recordId, Integer baseVersion, RecordContent content,
                                   Drafted drafted) {
        return new ChangeRequest(Target.RECORD, action, recordId, content.sourceId(), content.kind(), baseVersion,
                RecordDrafts.write(content), drafted);
    }

    /** A new transcription for a source: its first ({@code baseVersion} 0) or the next one. */
    static ChangeRequest forSource(long sourceId, int baseVersion, SourceContent content, Drafted drafted) {
        return new ChangeRequest(Target.SOURCE, baseVersion == 0 ? ChangeAction.CREATE : ChangeAction.UPDATE, null,
                sourceId, null, baseVersion, SourceDrafts.write(content), drafted);
    }

    private ChangeRequest(Target target, ChangeAction action, Long recordId, long sourceId, RecordKind recordKind,
                          Integer baseVersion, String proposed, Drafted drafted) {
        this.target = target;
        this.action = action;
        this.state = ChangeState.DRAFT;
        this.recordId = recordId;
        this.sourceId = sourceId;
        this.recordKind = recordKind;
        this.baseVersion = baseVersion;
        this.proposed = proposed;
        this.note = drafted.note();
        this.author = drafted.author();
        this.importId = drafted.importId();
        this.ordinal = drafted.ordinal();
        this.createdAt = drafted.at();
        this.updatedAt = drafted.at();
    }

    /** Applies a move by {@code actor}; returns the state it left. Refuses illegal moves and illegal actors. */
    ChangeState move(ChangeMove move, String actor, boolean actorIsEditor, Instant now) {
        switch (move) {
            case EDIT, SUBMIT, WITHDRAW -> {
                if (!author.equals(actor)) {
                    throw new ForbiddenException(
                            "only the author (" + author + ") may " + move.path() + " this change");
                }
            }
            case APPROVE, REQUEST_CHANGES, REJECT -> {
                if (author.equals(actor)) {
                    throw new ForbiddenException("nobody reviews their own change: " + actor + " wrote change " + id);
                }
                if (!actorIsEditor) {
                    throw new ForbiddenException("reviewing a change needs the editor role");
                }
            }
        }
        ChangeState before = state;
        state = state.after(move);
        updatedAt = now;
        return before;
    }

    void revise(String proposed, Integer baseVersion, String note) {
        this.proposed = proposed;
        this.baseVersion = baseVersion;
        if (note != null) {
            this.note = note;
        }
    }

    /** Remembers which record an approved CREATE made. */
    void created(long recordId) {
        this.recordId = recordId;
    }

    Long id() { return id; }
    Target target() { return target; }
    ChangeAction action() { return action; }
    ChangeState state() { return state; }
    Long recordId() { return recordId; }
    long sourceId() { return sourceId; }
    RecordKind recordKind() { return recordKind; }
    Integer baseVersion() { return baseVersion; }
    String proposed() { return proposed; }
    String note() { return note; }
    String author() { return author; }
    Long importId() { return importId; }
    Long speakerChangeId() { return speakerChangeId; }

    /** The quote's proposed speaker is the entity drafted by that change (an import's own draft). */
    void proposeSpeaker(Long entityChangeId) {
        this.speakerChangeId = entityChangeId;
    }
    int ordinal() { return ordinal; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
