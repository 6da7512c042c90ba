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
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** Who moved a change from one state to another, when, and why. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "change_transition")
class ChangeTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_transition_seq")
    @SequenceGenerator(name = "change_transition_seq", sequenceName = "change_transition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "change_id", nullable = false)
    private long changeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private ChangeState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private ChangeState to;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "comment", length = 10000)
    private String comment;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected ChangeTransition() {
    }

    ChangeTransition(long changeId, ChangeState from, ChangeState to, String actor, String comment, Instant at) {
        this.changeId = changeId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.comment = comment;
        this.at = at;
    }

    org.primarysources.archive.core.history.TransitionSummary toSummary() {
        return new org.primarysources.archive.core.history.TransitionSummary(changeId, from.name(), to.name(),
                actor, at, comment);
    }

    TransitionView toView() {
        return new TransitionView(from, to, actor, comment, at);
    }
}
