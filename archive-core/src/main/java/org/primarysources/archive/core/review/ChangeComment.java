package org.primarysources.archive.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A remark on a change, optionally anchored to a field; kept with the change forever. */
@Entity
@Immutable
@Table(name = "change_comment")
class ChangeComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_comment_seq")
    @SequenceGenerator(name = "change_comment_seq", sequenceName = "change_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "change_id", nullable = false)
    private long changeId;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "field", length = 100)
    private String field;

    @Column(name = "body", nullable = false, length = 10000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChangeComment() {
    }

    ChangeComment(long changeId, String author, String field, String body, Instant createdAt) {
        this.changeId = changeId;
        this.author = author;
        this.field = field;
        this.body = body;
        this.createdAt = createdAt;
    }

    CommentView toView() {
        return new CommentView(id, author, field, body, createdAt);
    }
}
