package org.primarysources.archive.core.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.CanonicalJson;
import org.primarysources.archive.core.history.ChainLink;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.history.VersionSummary;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.Transcription;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Application service for records: the transaction edge. Reads show published versions only. Publishing
 * resolves and verifies citations against the cited transcription version, appends a hash-chained version, enters
 * it in the archive's transparency log ({@link PublicationLog}) and announces it ({@link RecordPublished}) in the
 * same transaction.
 */
@ApplicationScoped
@Transactional
public class Records {

    public static final int MAX_PAGE_SIZE = 100;

    private final EntityManager em;
    private final Sources sources;
    private final Clock clock;
    private final Event<RecordPublished> published;
    private final PublicationLog log;

    @Inject
    Records(EntityManager em, Sources sources, Clock clock, Event<RecordPublished> published, PublicationLog log) {
        this.em = em;
        this.sources = sources;
        this.clock = clock;
        this.published = published;
        this.log = log;
    }

    /** Only for the CDI client proxy. */
    protected Records() {
        this(null, null, null, null, null);
    }

    public RecordDetails publish(PublishRecord command) {
        requireFourEyes(command.author(), command.approver());
        RecordContent content = command.content();
        if (!sources.exists(content.sourceId())) {
            throw new InvalidInputException("sourceId", "there is no source " + content.sourceId());
        }
        Record record;
        if (command.recordId() == null) {
            record = new Record(content.kind(), content.sourceId(), clock.instant());
            em.persist(record);
        } else {
            record = lockedRecord(command.recordId());
            if (record.kind() != content.kind()) {
                throw new InvalidInputException("kind", "record " + record.id() + " is a " + record.kind()
                        + "; a record keeps its kind");
            }
        }
        if (content instanceof QuoteContent quote) {
            checkSpeaker(quote.speakerId());
        }
        List<CitationDetails> citations = resolve(content);
        return append(record, command.baseVersion(), content, citations, false, command.activity(),
                command.author(), command.approver(), command.changeId(), command.importId(), command.review());
    }

    public RecordDetails retract(RetractRecord command) {
        requireFourEyes(command.author(), command.approver());
        Record record = lockedRecord(command.recordId());
        RecordJson.Stored current = RecordJson.read(stored(record.id(), record.publishedVersion()).content());
        return append(record, command.baseVersion(), current.content(), current.citations(), true,
                Activity.RETRACTION, command.author(), command.approver(), command.changeId(), null, command.review());
    }

    public RecordPage page(RecordKind kind, Long sourceId, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "a page has 1 to " + MAX_PAGE_SIZE + " records");
        }
        String where = " where r.publishedVersion > 0 and r.retracted = false"
                + (kind == null ? "" : " and r.kind = :kind")
                + (sourceId == null ? "" : " and r.sourceId = :source");
        TypedQuery<Long> count = em.createQuery("select count(r) from Record r" + where, Long.class);
        TypedQuery<RecordVersion> items = em.createQuery("select v from RecordVersion v join v.record r" + where
                + " and v.number = r.publishedVersion order by r.id", RecordVersion.class);
        if (kind != null) {
            count.setParameter("kind", kind);
            items.setParameter("kind", kind);
        }
        if (sourceId != null) {
            count.setParameter("source", sourceId);
            items.setParameter("source", sourceId);
        }
        List<RecordDetails> found = items.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size)
                .getResultStream().map(this::toDetails).toList();
        return new RecordPage(count.getSingleResult(), found);
    }

    public RecordDetails details(long id) {
        Record record = publishedRecord(id);
        return toDetails(stored(id, record.publishedVersion()));
    }

    /** The published versions of these records, by id (ids never published are left out): one query. */
    public Map<Long, RecordDetails> details(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, RecordDetails> found = new java.util.HashMap<>();
        em.createQuery("select v from RecordVersion v join fetch v.record r where r.id in :ids"
                        + " and r.publishedVersion > 0 and v.number = r.publishedVersion", RecordVersion.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(v -> found.put(v.record().id(), toDetails(v)));
        return found;
    }

    public RecordDetails version(long id, int number) {
        publishedRecord(id);
        return toDetails(find(id, number)
                .orElseThrow(() -> new NotFoundException("record " + id + " has no version " + number)));
    }

    public List<VersionSummary> versions(long id) {
        publishedRecord(id);
        return em.createQuery("select v from RecordVersion v where v.record.id = :id order by v.number",
                        RecordVersion.class)
                .setParameter("id", id)
                .getResultStream()
                .map(RecordVersion::toSummary)
                .toList();
    }

    /**
     * Reads every stored record version in chain order (by record, then number), detached one by one so the whole
     * history never sits in memory; the audit checks what it is given.
     */
    public void readHistory(Consumer<StoredRecordVersion> reader) {
        em.createQuery("select v from RecordVersion v join fetch v.record order by v.record.id, v.number",
                        RecordVersion.class)
                .getResultStream()
                .forEach(v -> {
                    Record record = v.record();
                    reader.accept(new StoredRecordVersion(
                            new ChainLink(record.id(), v.number(), v.content(), v.hash(), v.previousHash()),
                            record.publishedVersion(), LogEntry.ofRecord(record.id(), v.number(), v.hash(),
                            v.verification(), v.activity(), v.author(), v.approver(), v.createdAt()),
                            v.number() == record.publishedVersion() ? rowProblems(record, v) : List.of()));
                    em.detach(v);
                });
    }

    /** Whether no record was ever opened here, published or not. */
    public boolean isEmpty() {
        return em.createQuery("select count(r) from Record r", Long.class).getSingleResult() == 0;
    }

    /**
     * Reads every stored record version (of one source's records when {@code sourceId} is given) in chain order, by
     * record, then number, detached one by one so the whole history never sits in memory.
     */
    public void readVersions(Long sourceId, Consumer<RecordVersionCopy> reader) {
        TypedQuery<RecordVersion> versions = em.createQuery("select v from RecordVersion v join fetch v.record r"
                + (sourceId == null ? "" : " where r.sourceId = :source") + " order by r.id, v.number",
                RecordVersion.class);
        if (sourceId != null) {
            versions.setParameter("source", sourceId);
        }
        versions.getResultStream()
                .forEach(v -> {
                    reader.accept(new RecordVersionCopy(v.record().id(), v.number(), v.content(), v.hash(),
                            v.previousHash(), v.verification(), v.activity(), v.author(), v.approver(),
                            v.changeId(), v.importId(), v.createdAt()));
                    em.detach(v);
                });
    }

    /**
     * Takes in a version kept elsewhere (another archive's bag) as it was: same record id, number, content, hashes,
     * people and time. Version 1 opens the record under its id; a later one must follow the record's newest. The hash
     * is recomputed from the content and the previous version's hash and must be the one kept. Appends the version's
     * entry to the log and announces it for indexing, as publishing does; returns the entry.
     */
    public LogEntry restore(RecordVersionCopy copy) {
        String name = "record " + copy.recordId() + " version " + copy.number();
        RecordJson.Stored stored;
        try {
            stored = RecordJson.read(copy.content());
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException("content", name + ": the content is not a record's");
        }
        if (!RecordVersion.NOT_APPLICABLE.equals(copy.verification())
                && java.util.Arrays.stream(Verification.values())
                .noneMatch(v -> v.name().equals(copy.verification()))) {
            throw new InvalidInputException("verification", name + ": no verification is called "
                    + copy.verification());
        }
        Record record;
        if (copy.number() == 1) {
            if (em.find(Record.class, copy.recordId()) != null) {
                throw new ConflictException(name + ": the archive has a record " + copy.recordId() + " already");
            }
            em.createNativeQuery("INSERT INTO record (id, version, kind, source_id, published_version, retracted,"
                            + " created_at) VALUES (?1, 0, ?2, ?3, 0, FALSE, ?4)")
                    .setParameter(1, copy.recordId())
                    .setParameter(2, stored.content().kind().name())
                    .setParameter(3, stored.content().sourceId())
                    .setParameter(4, copy.createdAt())
                    .executeUpdate();
            record = lockedRecord(copy.recordId());
        } else {
            record = em.find(Record.class, copy.recordId(), LockModeType.PESSIMISTIC_WRITE);
            if (record == null || record.publishedVersion() != copy.number() - 1) {
                throw new InvalidInputException("number", name + ": the version before it is not there");
            }
        }
        if (record.kind() != stored.content().kind() || record.sourceId() != stored.content().sourceId()) {
            throw new InvalidInputException("content", name + ": a record keeps its kind and source");
        }
        String previousHash = record.publishedVersion() == 0 ? null : stored(record.id(), record.publishedVersion())
                .hash();
        if (!java.util.Objects.equals(previousHash, copy.previousHash())
                || !HashChain.link(copy.content(), previousHash).equals(copy.hash())) {
            throw new InvalidInputException("hash", name + ": the hash is not SHA-256 of the content and the"
                    + " previous version's hash");
        }
        int number = record.nextVersion(null, stored.retracted());
        RecordVersion version = new RecordVersion(record, number, copy.content(), copy.verification(), copy.hash(),
                previousHash, copy.activity(), copy.author(), copy.approver(), copy.changeId(), copy.importId(),
                copy.createdAt().truncatedTo(ChronoUnit.MICROS));
        em.persist(version);
        LogEntry entry = LogEntry.ofRecord(record.id(), number, version.hash(), version.verification(),
                version.activity(), version.author(), version.approver(), version.createdAt());
        log.append(entry);
        published.fire(new RecordPublished(record.id(), number, stored.retracted()));
        return entry;
    }

    /** Moves the id sequence past every record taken in under its own id, so new records get new ids. */
    public void moveIdsPastRestored() {
        em.createNativeQuery("SELECT setval('record_seq', GREATEST((SELECT COALESCE(MAX(id), 0) FROM record) + "
                + "50, (SELECT last_value FROM record_seq)))").getSingleResult();
    }

    /**
     * What readers see in the record's row or the version's row that the version's hashed content does not say: the
     * retraction flag, and the verification its citations give.
     */
    private static List<String> rowProblems(Record record, RecordVersion published) {
        RecordJson.Stored stored;
        try {
            stored = RecordJson.read(published.content());
        } catch (RuntimeException unreadable) {
            return List.of(); // the chain check reports content that does not match its hash
        }
        List<String> problems = new ArrayList<>();
        if (stored.retracted() != record.retracted()) {
            problems.add("the record's row says " + (record.retracted() ? "retracted" : "not retracted")
                    + ", its published version says " + (stored.retracted() ? "retracted" : "not retracted"));
        }
        Verification verification = verificationOf(stored.content().kind(), stored.citations());
        String expected = verification == null ? RecordVersion.NOT_APPLICABLE : verification.name();
        if (!expected.equals(published.verification())) {
            problems.add("the stored verification " + published.verification() + " is not what its citations give, "
                    + expected);
        }
        return problems;
    }

    /** Records with a version published at or after {@code since} (a reindex replays them after its swap). */
    public List<Long> publishedSince(java.time.Instant since) {
        return em.createQuery(
                        "select distinct v.record.id from RecordVersion v where v.createdAt >= :since", Long.class)
                .setParameter("since", since)
                .getResultList();
    }

    /** The source as {@code record} cites it: the version its first citation quotes, else the current one. */
    public SourceDetails citedSource(RecordDetails record) {
        Integer citedVersion = citedVersion(record);
        return citedVersion == null ? sources.details(record.source().id())
                : sources.version(record.source().id(), citedVersion);
    }

    /**
     * The sources as these records cite them ({@link #citedSource}), by record id; a source version many of them
     * cite is read once.
     */
    public Map<Long, SourceDetails> citedSources(java.util.Collection<RecordDetails> cited) {
        Map<String, SourceDetails> read = new java.util.HashMap<>();
        Map<Long, SourceDetails> byRecord = new java.util.HashMap<>();
        for (RecordDetails record : cited) {
            byRecord.put(record.id(), read.computeIfAbsent(record.source().id() + "@" + citedVersion(record),
                    key -> citedSource(record)));
        }
        return byRecord;
    }

    private static Integer citedVersion(RecordDetails record) {
        return record.citations().isEmpty() ? null : record.citations().get(0).sourceVersion();
    }

    /** The import that first published this record, if it came from one. */
    public Optional<Long> importOf(long id) {
        return find(id, 1).map(RecordVersion::importId);
    }

    private RecordDetails append(Record record, Integer baseVersion, RecordContent content,
                                 List<CitationDetails> citations, boolean retraction, Activity activity,
                                 String author, String approver, Long changeId, Long importId,
                                 List<org.primarysources.archive.core.history.TransitionSummary> review) {
        RecordVersion previous = record.publishedVersion() == 0 ? null : stored(record.id(), record.publishedVersion());
        int number = record.nextVersion(baseVersion, retraction);
        String canonical = CanonicalJson.write(RecordJson.canonical(content, citations, retraction, review));
        String previousHash = previous == null ? null : previous.hash();
        Verification verification = verificationOf(content.kind(), citations);
        RecordVersion version = new RecordVersion(record, number, canonical,
                verification == null ? RecordVersion.NOT_APPLICABLE : verification.name(),
                HashChain.link(canonical, previousHash), previousHash, activity, author, approver, changeId,
                importId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(version);
        log.append(LogEntry.ofRecord(record.id(), number, version.hash(), version.verification(), activity, author,
                approver, version.createdAt()));
        published.fire(new RecordPublished(record.id(), number, retraction));
        return toDetails(version);
    }

    /** Resolves each citation against its source version; a clause or quote without one cites its own text. */
    private List<CitationDetails> resolve(RecordContent content) {
        List<CitationInput> inputs = content.citations();
        if (inputs.isEmpty() && content.kind() != RecordKind.ENTITY) {
            inputs = List.of(new CitationInput(null, null, null, content.text(), null, null));
        }
        List<CitationDetails> resolved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput input = inputs.get(i);
            String field = "citations[" + i + "].sourceVersion";
            Transcription transcription = sources.transcription(content.sourceId(), input.sourceVersion())
                    .orElseThrow(() -> new InvalidInputException(field,
                            "source " + content.sourceId() + " has no such version to cite"));
            QuoteVerifier.Found found = QuoteVerifier.find(
                    new TextQuoteSelector(input.exact(), input.prefix(), input.suffix()), transcription.text());
            resolved.add(new CitationDetails(content.sourceId(), transcription.title(), transcription.version(),
                    input.label(), input.locator(), input.exact(), input.prefix(), input.suffix(), found.start(),
                    found.end(), transcription.sha256(), found.verification()));
        }
        return resolved;
    }

    static Verification verificationOf(RecordKind kind, List<CitationDetails> citations) {
        if (kind == RecordKind.ENTITY) {
            return null;
        }
        if (citations.isEmpty() || citations.stream().anyMatch(c -> c.verification() == Verification.NOT_FOUND)) {
            return Verification.NOT_FOUND;
        }
        return citations.stream().anyMatch(c -> c.verification() == Verification.AMBIGUOUS)
                ? Verification.AMBIGUOUS : Verification.VERIFIED;
    }

    private void checkSpeaker(Long speakerId) {
        if (speakerId == null) {
            return;
        }
        Record speaker = em.find(Record.class, speakerId);
        if (speaker == null || speaker.kind() != RecordKind.ENTITY || speaker.publishedVersion() == 0) {
            throw new InvalidInputException("speakerId", "a speaker is a published entity; " + speakerId + " is not");
        }
    }

    private static void requireFourEyes(String author, String approver) {
        if (approver != null && approver.equals(author)) {
            throw new ForbiddenException("nobody approves their own change");
        }
    }

    private Record lockedRecord(long id) {
        Record record = em.find(Record.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new NotFoundException("there is no record " + id);
        }
        return record;
    }

    private Record publishedRecord(long id) {
        Record record = em.find(Record.class, id);
        if (record == null || record.publishedVersion() == 0) {
            throw new NotFoundException("there is no published record " + id);
        }
        return record;
    }

    private RecordVersion stored(long id, int number) {
        return find(id, number)
                .orElseThrow(() -> new IllegalStateException("record " + id + " lost version " + number));
    }

    private Optional<RecordVersion> find(long id, int number) {
        return em.createQuery("select v from RecordVersion v where v.record.id = :id and v.number = :n",
                        RecordVersion.class)
                .setParameter("id", id)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    private RecordDetails toDetails(RecordVersion v) {
        RecordJson.Stored stored = RecordJson.read(v.content());
        RecordContent c = stored.content();
        String sourceTitle = sources.title(c.sourceId());
        List<CitationDetails> citations = stored.citations().stream()
                .map(d -> new CitationDetails(d.source(), sourceTitle, d.sourceVersion(), d.label(), d.locator(),
                        d.exact(), d.prefix(), d.suffix(), d.start(), d.end(), d.textHash(), d.verification()))
                .toList();
        ClauseContent clause = c instanceof ClauseContent x ? x : null;
        QuoteContent quote = c instanceof QuoteContent x ? x : null;
        EntityContent entity = c instanceof EntityContent x ? x : null;
        return new RecordDetails(v.record().id(), c.kind(), v.number(), clause == null ? null : clause.label(),
                clause == null ? null : clause.ordinal(), c.text(), c.language(), RecordJson.translations(c),
                speaker(quote == null ? null : quote.speakerId()), new SourceRef(c.sourceId(), sourceTitle),
                clause != null ? clause.date() : quote != null ? quote.date() : null,
                quote == null ? null : quote.occasion(), quote == null ? null : quote.attribution(),
                entity == null ? null : entity.name(), entity == null ? List.of() : entity.alternativeNames(),
                entity == null ? null : c.text(), entity == null ? null : entity.entityType(), citations,
                storedVerification(v.verification()), v.hash(), v.activity(), v.createdAt(), stored.retracted());
    }

    private static Verification storedVerification(String stored) {
        return RecordVersion.NOT_APPLICABLE.equals(stored) ? null : Verification.valueOf(stored);
    }

    private Reference speaker(Long speakerId) {
        if (speakerId == null) {
            return null;
        }
        Record speaker = em.find(Record.class, speakerId);
        if (speaker == null || speaker.publishedVersion() == 0) {
            return null;
        }
        RecordContent named = RecordJson.read(stored(speakerId, speaker.publishedVersion()).content()).content();
        return new Reference(speakerId, named instanceof EntityContent entity ? entity.name() : null);
    }
}
