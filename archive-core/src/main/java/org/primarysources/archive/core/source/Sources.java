package org.primarysources.archive.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
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

    /** Whether no source was ever opened here, published or not (an import's draft opens one). */
    public boolean isEmpty() {
        return em.createQuery("select count(s) from Source s", Long.class).getSingleResult() == 0;
    }

    /**
     * Reads every stored source version (of one source when {@code sourceId} is given) in chain order, by source,
     * then number, with its transcription, detached one by one.
     */
    public void readVersions(Long sourceId, Consumer<SourceVersionCopy> reader) {
        jakarta.persistence.TypedQuery<SourceVersion> versions = em.createQuery("select v from SourceVersion v"
                + (sourceId == null ? "" : " where v.source.id = :source") + " order by v.source.id, v.number",
                SourceVersion.class);
        if (sourceId != null) {
            versions.setParameter("source", sourceId);
        }
        versions.getResultStream().forEach(v -> {
            reader.accept(new SourceVersionCopy(v.source().id(), v.number(), v.content(), v.transcription(),
                    v.transcriptionSha256(), v.hash(), v.previousHash(), v.activity(), v.author(), v.approver(),
                    v.changeId(), v.importId(), v.createdAt()));
            em.detach(v);
        });
    }

    /**
     * Takes in a version kept elsewhere (another archive's bag) as it was: same source id, number, content,
     * transcription, hashes, people and time. Version 1 opens the source under its id; a later one must follow the
     * source's newest. The transcription's SHA-256 and the chain hash are recomputed and must be the ones kept.
     * Appends the version's entry to the log and announces it for indexing, as publishing does; returns the entry.
     */
    public LogEntry restore(SourceVersionCopy copy) {
        String name = "source " + copy.sourceId() + " version " + copy.number();
        if (!Transcriptions.sha256(copy.transcription()).equals(copy.transcriptionSha256())) {
            throw new InvalidInputException("transcription", name + ": the transcription's SHA-256 is not the one"
                    + " kept with it");
        }
        SourceContent content;
        try {
            content = SourceJson.read(copy.content(), copy.transcription());
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException("content", name + ": the content is not a source's");
        }
        Source source;
        if (copy.number() == 1) {
            if (em.find(Source.class, copy.sourceId()) != null) {
                throw new ConflictException(name + ": the archive has a source " + copy.sourceId() + " already");
            }
            em.createNativeQuery("INSERT INTO source (id, version, published_version, created_at)"
                            + " VALUES (?1, 0, 0, ?2)")
                    .setParameter(1, copy.sourceId())
                    .setParameter(2, copy.createdAt())
                    .executeUpdate();
        }
        source = em.find(Source.class, copy.sourceId(), LockModeType.PESSIMISTIC_WRITE);
        if (source == null || source.publishedVersion() != copy.number() - 1) {
            throw new InvalidInputException("number", name + ": the version before it is not there");
        }
        String previousHash = source.publishedVersion() == 0 ? null : stored(source.id(), source.publishedVersion())
                .hash();
        if (!java.util.Objects.equals(previousHash, copy.previousHash())
                || !HashChain.link(copy.content(), previousHash).equals(copy.hash())) {
            throw new InvalidInputException("hash", name + ": the hash is not SHA-256 of the content and the"
                    + " previous version's hash");
        }
        SourceVersion version = new SourceVersion(source, copy.number(), copy.content(), copy.transcription(),
                copy.transcriptionSha256(), copy.hash(), previousHash, copy.activity(), copy.author(),
                copy.approver(), copy.changeId(), copy.importId(), copy.createdAt().truncatedTo(ChronoUnit.MICROS));
        em.persist(version);
        LogEntry entry = LogEntry.ofSource(source.id(), version.number(), version.hash(),
                version.transcriptionSha256(), version.activity(), version.author(), version.approver(),
                version.createdAt());
        log.append(entry);
        source.published(version.number(), content.title());
        if (published != null) {
            published.fire(new SourcePublished(source.id(), version.number()));
        }
        return entry;
    }

    /** Moves the id sequence past every source taken in under its own id, so new sources get new ids. */
    public void moveIdsPastRestored() {
        em.createNativeQuery("SELECT setval('source_seq', GREATEST((SELECT COALESCE(MAX(id), 0) FROM source) + "
                + "50, (SELECT last_value FROM source_seq)))").getSingleResult();
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
