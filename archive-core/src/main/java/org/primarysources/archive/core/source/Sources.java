package org.primarysources.archive.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.CanonicalJson;
import org.primarysources.archive.core.history.ChainLink;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Application service for sources: the transaction edge. Reads show published versions only; publishing a new
 * version appends to the source's hash chain and enters it in the archive's transparency log.
 */
@ApplicationScoped
@Transactional
public class Sources {

    private final EntityManager em;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<SourcePublished> published;
    private final PublicationLog log;

    @Inject
    Sources(EntityManager em, Clock clock, jakarta.enterprise.event.Event<SourcePublished> published,
            PublicationLog log) {
        this.em = em;
        this.clock = clock;
        this.published = published;
        this.log = log;
    }

    /** Only for the CDI client proxy. */
    protected Sources() {
        this(null, null, null, null);
    }

    /** Opens a source that has no published version yet (drafts can refer to it); returns its id. */
    public long open() {
        Source source = new Source(clock.instant());
        em.persist(source);
        em.flush();
        return source.id();
    }

    public SourceDetails publish(PublishSource command) {
        Source source = em.find(Source.class, command.sourceId(), LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw new NotFoundException("there is no source " + command.sourceId());
        }
        if (command.approver() != null && command.approver().equals(command.author())) {
            throw new ForbiddenException("nobody approves their own change");
        }
        if (command.baseVersion() != source.publishedVersion()) {
            throw new ConflictException("source " + source.id() + " is at version " + source.publishedVersion()
                    + ", not " + command.baseVersion() + ": rebase the change on the newer version");
        }
        SourceVersion previous = source.publishedVersion() == 0 ? null : stored(source.id(), source.publishedVersion());
        SourceContent content = command.content();
        String transcriptionSha256 = Transcriptions.sha256(content.transcription());
        String canonical = CanonicalJson.write(content.toCanonical(transcriptionSha256));
        String previousHash = previous == null ? null : previous.hash();
        int number = source.publishedVersion() + 1;
        SourceVersion version = new SourceVersion(source, number, canonical, content.transcription(),
                transcriptionSha256, HashChain.link(canonical, previousHash), previousHash, command.activity(),
                command.author(), command.approver(), command.changeId(), command.importId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(version);
        log.append(LogEntry.ofSource(source.id(), number, version.hash(), transcriptionSha256, command.activity(),
                command.author(), command.approver(), version.createdAt()));
        source.published(number, content.title());
        if (published != null) { // null only when wired by hand in tests that do not care
            published.fire(new SourcePublished(source.id(), number));
        }
        return toDetails(version);
    }

    public List<SourceSummary> list(int first, int max) {
        return em.createQuery("select v from SourceVersion v join v.source s"
                        + " where v.number = s.publishedVersion order by s.id", SourceVersion.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(v -> {
                    SourceContent c = SourceJson.read(v.content(), "");
                    return new SourceSummary(v.source().id(), v.number(), c.title(), c.type(), c.date(),
                            v.transcriptionSha256());
                })
                .toList();
    }

    public long count() {
        return em.createQuery("select count(s) from Source s where s.publishedVersion > 0", Long.class)
                .getSingleResult();
    }

    public SourceDetails details(long id) {
        Source source = em.find(Source.class, id);
        if (source == null || source.publishedVersion() == 0) {
            throw new NotFoundException("there is no published source " + id);
        }
        return toDetails(stored(id, source.publishedVersion()));
    }

    /**
     * The published versions of these sources by id, without their transcriptions ({@code transcription} is null):
     * one query that reads no transcription, for lists of many sources. Ids never published are left out.
     */
    public Map<Long, SourceDetails> metadata(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, SourceDetails> found = new HashMap<>();
        em.createQuery("select s.id, v.number, v.content, v.transcriptionSha256, v.hash from SourceVersion v"
                        + " join v.source s where s.id in :ids and s.publishedVersion > 0"
                        + " and v.number = s.publishedVersion", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> {
                    SourceContent c = SourceJson.read((String) row[2], "");
                    long id = (Long) row[0];
                    found.put(id, new SourceDetails(id, (Integer) row[1], c.title(), c.type(), c.date(),
                            c.languages(), c.holdingInstitution(), c.callNumber(), c.url(), c.rights(), c.subjects(),
                            null, (String) row[3], (String) row[4]));
                });
        return found;
    }

    public SourceDetails version(long id, int number) {
        details(id);
        SourceVersion version = find(id, number)
                .orElseThrow(() -> new NotFoundException("source " + id + " has no version " + number));
        return toDetails(version);
    }

    public List<VersionSummary> versions(long id) {
        details(id);
        return em.createQuery("select v from SourceVersion v where v.source.id = :id order by v.number",
                        SourceVersion.class)
                .setParameter("id", id)
                .getResultStream()
                .map(v -> new VersionSummary(v.number(), v.hash(), v.previousHash(), v.author(), v.approver(),
                        v.createdAt(), v.activity(), v.changeId()))
                .toList();
    }

    /** The transcription of a version (the published one when {@code number} is null), if it exists. */
    public Optional<Transcription> transcription(long sourceId, Integer number) {
        Source source = em.find(Source.class, sourceId);
        if (source == null) {
            return Optional.empty();
        }
        int wanted = number == null ? source.publishedVersion() : number;
        return find(sourceId, wanted).map(v -> new Transcription(sourceId, v.number(), source.title(),
                v.transcription(), v.transcriptionSha256()));
    }

    /** The title readers see for a source, or null if it was never published. */
    public String title(long sourceId) {
        Source source = em.find(Source.class, sourceId);
        return source == null ? null : source.title();
    }

    public boolean exists(long sourceId) {
        return em.find(Source.class, sourceId) != null;
    }

    /** Reads every stored source version in chain order (by source, then number), detached one by one. */
    public void readHistory(Consumer<StoredSourceVersion> reader) {
        em.createQuery("select v from SourceVersion v order by v.source.id, v.number", SourceVersion.class)
                .getResultStream()
                .forEach(v -> {
                    Source source = v.source();
                    reader.accept(new StoredSourceVersion(
                            new ChainLink(source.id(), v.number(), v.content(), v.hash(), v.previousHash()),
                            v.transcription(), v.transcriptionSha256(), source.publishedVersion(),
                            LogEntry.ofSource(source.id(), v.number(), v.hash(), v.transcriptionSha256(),
                                    v.activity(), v.author(), v.approver(), v.createdAt()),
                            v.number() == source.publishedVersion() ? rowProblems(source, v) : List.of()));
                    em.detach(v);
                });
    }

    /** What readers see in the source's row that its published version's hashed content does not say. */
    private static List<String> rowProblems(Source source, SourceVersion published) {
        String title;
        try {
            title = SourceJson.read(published.content(), published.transcription()).title();
        } catch (RuntimeException unreadable) {
            return List.of(); // the chain check reports content that does not match its hash
        }
        return java.util.Objects.equals(title, source.title()) ? List.of()
                : List.of("the source's title \"" + source.title() + "\" is not its published version's \"" + title
                + "\"");
    }

    private SourceVersion stored(long id, int number) {
        return find(id, number)
                .orElseThrow(() -> new IllegalStateException("source " + id + " lost version " + number));
    }

    private Optional<SourceVersion> find(long id, int number) {
        return em.createQuery("select v from SourceVersion v where v.source.id = :id and v.number = :n",
                        SourceVersion.class)
                .setParameter("id", id)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    private static SourceDetails toDetails(SourceVersion v) {
        SourceContent c = SourceJson.read(v.content(), v.transcription());
        return new SourceDetails(v.source().id(), v.number(), c.title(), c.type(), c.date(), c.languages(),
                c.holdingInstitution(), c.callNumber(), c.url(), c.rights(), c.subjects(), v.transcription(),
                v.transcriptionSha256(), v.hash());
    }
}
