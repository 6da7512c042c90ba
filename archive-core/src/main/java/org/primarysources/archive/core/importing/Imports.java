package org.primarysources.archive.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.parsing.ArticleLanguage;
import org.primarysources.archive.core.parsing.EncyclopediaArticleParser;
import org.primarysources.archive.core.parsing.ParsedArticle;
import org.primarysources.archive.core.parsing.ParsedClause;
import org.primarysources.archive.core.parsing.ParsedEntity;
import org.primarysources.archive.core.parsing.ParsedQuote;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.EntityContent;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.QuoteContent;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.text.Shortening;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Application service for imports: turns a scraped encyclopedia article into a source transcription and record
 * drafts — all in one transaction, all change requests for review. The same file twice is a conflict.
 */
@ApplicationScoped
@Transactional
public class Imports {

    public static final String IMPORTER_VERSION = "encyclopedia-text/1";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The media type an article is kept as when the upload named none. */
    public static final String ARTICLE_MEDIA_TYPE = "text/plain; charset=UTF-8";
    private static final int CONTEXT = 32;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private final EntityManager em;
    private final Sources sources;
    private final Changes changes;
    private final Records records;
    private final Clock clock;

    @Inject
    Imports(EntityManager em, Sources sources, Changes changes, Records records, Clock clock) {
        this.em = em;
        this.sources = sources;
        this.changes = changes;
        this.records = records;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected Imports() {
        this(null, null, null, null, null);
    }

    public ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor) {
        return importArticle(file, ARTICLE_MEDIA_TYPE, fileName, title, language, actor);
    }

    /** As above; {@code mediaType} is what the file was uploaded as, kept with the original. */
    public ImportResult importArticle(byte[] file, String mediaType, String fileName, String title, String language,
                                      Actor actor) {
        long started = System.nanoTime();
        requireImporter(actor);
        String text = decode(file);
        String sha256 = HashChain.sha256(file);
        Batches.refuseEarlier(em, sha256);
        String requested = requestedLanguage(language);
        ArticleLanguage read = ArticleLanguage.ofTag(requested).orElseGet(() -> ArticleLanguage.detect(text));
        ParsedArticle article = EncyclopediaArticleParser.parse(text, title, read);
        String lang = requested != null ? requested : read.tag();

        Optional<ImportBatch> previous = em.createQuery("select b from ImportBatch b where b.sourceId in "
                        + "(select s.id from Source s where s.title = :title) order by b.id desc", ImportBatch.class)
                .setParameter("title", article.title()).setMaxResults(1).getResultStream().findFirst();
        long sourceId = previous.map(ImportBatch::sourceId).orElseGet(sources::open);
        int baseVersion = previous.map(b -> b.sourceVersion()).orElse(0);
        if (previous.isPresent()) {
            baseVersion = Math.max(baseVersion, sources.transcription(sourceId, null).map(t -> t.version()).orElse(0));
        }
        int newVersion = baseVersion + 1;

        ImportBatch batch = new ImportBatch(fileName, sha256, IMPORTER_VERSION, actor.name(), sourceId, newVersion,
                article.clauses().size(), article.quotes().size(), article.entities().size(), clock.instant());
        Batches.open(em, batch, file, mediaType == null ? ARTICLE_MEDIA_TYPE : mediaType);

        List<Long> made = new ArrayList<>();
        made.add(changes.proposeSource(sourceId, baseVersion, new SourceContent(article.title(),
                SourceType.ENCYCLOPEDIA_ARTICLE, null, List.of(lang), null, null, null,
                "CC BY-SA 4.0 (encyclopedia text)", article.categories(), article.transcription()),
                actor.name(), batch.id()));
        int ordinal = 0;
        int verified = 0;
        Earlier earlier = Earlier.of(previous.isPresent() ? publishedOf(sourceId) : List.of());
        Map<String, Long> entityChanges = new HashMap<>();
        for (ParsedEntity entity : article.entities()) {
            RecordContent content = new EntityContent(sourceId, entity.name(), List.of(),
                    entityType(entity.typeGuess()), entity.description(), lang, List.of());
            RecordDetails before = earlier.entities.get(entity.name());
            if (before != null && before.text().equals(content.text())) {
                continue;
            }
            long id = changes.proposeImported(before == null ? null : before.id(),
                    before == null ? null : before.version(), content, actor.name(), batch.id(), ordinal++, null);
            entityChanges.put(entity.name(), id);
            made.add(id);
        }
        for (ParsedClause clause : article.clauses()) {
            CitationInput citation = cite(article.transcription(), clause.start(), clause.end(), newVersion,
                    "article-locator", clause.locator());
            verified += verified(citation, article.transcription());
            RecordDetails before = earlier.clauses.get(clause.label());
            if (before != null && before.text().equals(clause.text())) {
                continue;
            }
            made.add(changes.proposeImported(before == null ? null : before.id(),
                    before == null ? null : before.version(), new ClauseContent(sourceId,
                            clause.label(), clause.ordinal(), clause.text(), lang, List.of(), null, List.of(citation)),
                    actor.name(), batch.id(), ordinal++, null));
        }
        int speakers = 0;
        for (ParsedQuote quote : article.quotes()) {
            String name = quote.speakerName();
            if (name == null || quote.speakerMention() == null || entityChanges.containsKey(name)
                    || earlier.entities.containsKey(name) || earlier.quotes.contains(quote.exact())) {
                continue;
            }
            // a person the article names as a speaker without linking them: drafted here, to be confirmed in review
            long id = changes.proposeImported(new EntityContent(sourceId, name, List.of(), EntityType.PERSON,
                    quote.speakerMention(), lang, nameCitation(article.transcription(), quote, newVersion)),
                    actor.name(), batch.id(), ordinal++, null);
            entityChanges.put(name, id);
            made.add(id);
            speakers++;
        }
        for (ParsedQuote quote : article.quotes()) {
            CitationInput citation = cite(article.transcription(), quote.start(), quote.end(), newVersion, null, null);
            verified += verified(citation, article.transcription());
            if (earlier.quotes.contains(quote.exact())) {
                continue;
            }
            List<Translation> translations = quote.translation() == null ? List.of()
                    : List.of(new Translation(lang, quote.translation()));
            Long speaker = quote.speakerName() == null ? null : entityChanges.get(quote.speakerName());
            made.add(changes.proposeImported(new QuoteContent(sourceId, quote.exact(), lang,
                    translations, null, null, quote.context(), speaker == null ? null : Attribution.PROBABLE,
                    List.of(citation)),
                    actor.name(), batch.id(), ordinal++, speaker));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clauses", article.clauses().size());
        counts.put("quotes", article.quotes().size());
        counts.put("entities", article.entities().size());
        counts.put("speakers", speakers);
        return new ImportResult(batch.id(), new SourceRef(sourceId, article.title()), newVersion, made, counts,
                verified, (System.nanoTime() - started) / 1_000_000);
    }

    private List<RecordDetails> publishedOf(long sourceId) {
        List<RecordDetails> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<RecordDetails> items = records.page(null, sourceId, page, Records.MAX_PAGE_SIZE).items();
            all.addAll(items);
            if (items.size() < Records.MAX_PAGE_SIZE) {
                return all;
            }
        }
    }

    /** What an earlier import of the same document already published, to revise rather than duplicate. */
    private record Earlier(Map<String, RecordDetails> entities, Map<String, RecordDetails> clauses,
                           java.util.Set<String> quotes) {
        static Earlier of(List<RecordDetails> published) {
            Map<String, RecordDetails> entities = new HashMap<>();
            Map<String, RecordDetails> clauses = new HashMap<>();
            java.util.Set<String> quotes = new java.util.HashSet<>();
            for (RecordDetails r : published) {
                switch (r.kind()) {
                    case ENTITY -> entities.put(r.name(), r);
                    case CLAUSE -> clauses.put(r.label(), r);
                    case QUOTE -> quotes.add(r.text());
                }
            }
            return new Earlier(entities, clauses, quotes);
        }
    }

    public int submit(long importId, Actor actor) {
        find(importId);
        return changes.submitImport(importId, actor);
    }

    public int approve(long importId, Actor actor, String comment) {
        find(importId);
        return changes.approveImport(importId, actor, comment);
    }

    public ImportSummary summary(long importId) {
        return Batches.summary(em, importId);
    }

    /** The file an import read, byte for byte, with the media type it was uploaded as. */
    public OriginalFile original(long importId) {
        return Batches.original(em, importId);
    }

    /**
     * Reads every import batch (of one source when {@code sourceId} is given) by id, each with its original file,
     * one at a time.
     */
    public void readBatches(Long sourceId, java.util.function.Consumer<ImportCopy> reader) {
        jakarta.persistence.TypedQuery<ImportBatch> batches = em.createQuery("select b from ImportBatch b"
                + (sourceId == null ? "" : " where b.sourceId = :source") + " order by b.id", ImportBatch.class);
        if (sourceId != null) {
            batches.setParameter("source", sourceId);
        }
        batches.getResultStream().forEach(batch -> {
            ImportOriginal original = em.find(ImportOriginal.class, batch.id());
            reader.accept(new ImportCopy(batch.id(), batch.fileName(), batch.fileSha256(), batch.importerVersion(),
                    batch.archivist(), batch.sourceId(), batch.sourceVersion(), batch.clauses(), batch.quotes(),
                    batch.entities(), batch.createdAt(), original == null ? null : original.mediaType(),
                    original == null ? null : original.content()));
            em.detach(batch);
            if (original != null) {
                em.detach(original);
            }
        });
    }

    /**
     * Takes in a batch kept elsewhere (another archive's bag) under its own id, with its original file byte for byte,
     * whose SHA-256 must be the batch's. Its source, if it names one, must be here already.
     */
    public void restore(ImportCopy copy) {
        String name = "import " + copy.importId();
        if (copy.original() != null && !HashChain.sha256(copy.original()).equals(copy.fileSha256())) {
            throw new InvalidInputException("original", name + ": the original file's SHA-256 is not the batch's");
        }
        if (copy.sourceId() != null && !sources.exists(copy.sourceId())) {
            throw new InvalidInputException("sourceId", name + ": there is no source " + copy.sourceId());
        }
        if (em.find(ImportBatch.class, copy.importId()) != null) {
            throw new org.primarysources.archive.core.error.ConflictException(name + ": the archive has it already");
        }
        Batches.refuseEarlier(em, copy.fileSha256());
        em.createNativeQuery("INSERT INTO import_batch (id, file_name, file_sha256, importer_version, archivist,"
                        + " source_id, source_version, clauses, quotes, entities, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, copy.importId())
                .setParameter(2, copy.fileName())
                .setParameter(3, copy.fileSha256())
                .setParameter(4, copy.importerVersion())
                .setParameter(5, copy.archivist())
                .setParameter(6, copy.sourceId())
                .setParameter(7, copy.sourceVersion())
                .setParameter(8, copy.clauses())
                .setParameter(9, copy.quotes())
                .setParameter(10, copy.entities())
                .setParameter(11, copy.createdAt())
                .executeUpdate();
        if (copy.original() != null) {
            em.persist(new ImportOriginal(copy.importId(), copy.mediaType(), copy.original()));
        }
    }

    /** Moves the id sequence past every batch taken in under its own id, so new imports get new ids. */
    public void moveIdsPastRestored() {
        em.createNativeQuery("SELECT setval('import_batch_seq', GREATEST((SELECT COALESCE(MAX(id), 0) FROM"
                + " import_batch) + 50, (SELECT last_value FROM import_batch_seq)))").getSingleResult();
    }

    public long count() {
        return em.createQuery("select count(b) from ImportBatch b", Long.class).getSingleResult();
    }

    private ImportBatch find(long importId) {
        return Batches.find(em, importId);
    }

    static void requireImporter(Actor actor) {
        if (!actor.is(Role.ARCHIVIST) && !actor.is(Role.EDITOR)) {
            throw new ForbiddenException("importing needs the archivist or editor role");
        }
    }

    /** Refuses what is not a text file: empty, over 10 MB, NUL bytes, or not UTF-8. Says which. */
    public static String decode(byte[] file) {
        return decode(file, MAX_BYTES);
    }

    /** As above, for files of at most {@code maxBytes}. */
    public static String decode(byte[] file, int maxBytes) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("body", "the file is empty");
        }
        if (file.length > maxBytes) {
            throw new InvalidInputException("body", "the file is over " + maxBytes / (1024 * 1024) + " MB");
        }
        for (byte b : file) {
            if (b == 0) {
                throw new InvalidInputException("body", "the file is binary (it contains NUL bytes), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "the file is not valid UTF-8 text");
        }
    }

    private static CitationInput cite(String transcription, int start, int end, int sourceVersion, String label,
                                      String locator) {
        return new CitationInput(sourceVersion, label, locator, transcription.substring(start, end),
                transcription.substring(Math.max(0, start - CONTEXT), start),
                transcription.substring(end, Math.min(transcription.length(), end + CONTEXT)));
    }

    /**
     * The tag of the language the caller names, or {@code null} for none (the parser then tells it from the text).
     *
     * @throws InvalidInputException when it is no BCP 47 language tag
     */
    static String requestedLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw new InvalidInputException("language", "\"" + Shortening.cut(language.strip(), 40)
                    + "\" is no language tag; use a BCP 47 tag such as en, de, pl, lt, fr or ru, or leave it out to"
                    + " have the language detected");
        }
        return tag;
    }

    /** Where the speaker's name stands in the sentence that names them, if it is there as written. */
    private static List<CitationInput> nameCitation(String transcription, ParsedQuote quote, int sourceVersion) {
        int sentence = transcription.indexOf(quote.speakerMention());
        int at = sentence < 0 ? -1 : transcription.indexOf(quote.speakerName(), sentence);
        if (at < 0 || at + quote.speakerName().length() > sentence + quote.speakerMention().length()) {
            return List.of();
        }
        return List.of(cite(transcription, at, at + quote.speakerName().length(), sourceVersion, null, null));
    }

    private static int verified(CitationInput citation, String transcription) {
        return QuoteVerifier.find(new TextQuoteSelector(citation.exact(), citation.prefix(), citation.suffix()),
                transcription).verification() == Verification.VERIFIED ? 1 : 0;
    }

    private static EntityType entityType(String guess) {
        try {
            return guess == null ? null : EntityType.valueOf(guess);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
