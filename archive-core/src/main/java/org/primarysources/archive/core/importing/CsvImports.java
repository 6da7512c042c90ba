package org.primarysources.archive.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.ClauseContent;
import org.primarysources.archive.core.record.EntityContent;
import org.primarysources.archive.core.record.QuoteContent;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Application service for CSV imports: every row of a {@link CsvFile} becomes a draft (a change request creating
 * a clause, quote or entity of an existing source) in one import batch, which keeps the file as its original. A
 * quoted text is looked up in the named source's published transcription and refused unless found there exactly
 * once. All in one transaction: a bad row, a cancellation or a failure leaves nothing written.
 */
@ApplicationScoped
@Transactional
public class CsvImports {

    public static final String IMPORTER_VERSION = "csv/1";
    public static final String MEDIA_TYPE = "text/csv";
    /** Drafts written to the database and let go of per batch, so that a large file needs bounded memory. */
    static final int FLUSH_EVERY = 500;
    /** How often a background import reports its progress (and is asked whether to stop). */
    static final int REPORT_EVERY = 1_000;
    private static final int CONTEXT = 32;
    private static final int SOURCES_AT_HAND = 64;

    private final EntityManager em;
    private final Sources sources;
    private final Changes changes;
    private final Records records;
    private final Clock clock;

    @Inject
    CsvImports(EntityManager em, Sources sources, Changes changes, Records records, Clock clock) {
        this.em = em;
        this.sources = sources;
        this.changes = changes;
        this.records = records;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected CsvImports() {
        this(null, null, null, null, null);
    }

    /** Refuses, before any work, a file imported before (409) or an importer without the role (403). */
    public void requireNew(byte[] file, Actor actor) {
        Imports.requireImporter(actor);
        Batches.refuseEarlier(em, HashChain.sha256(file));
    }

    /** Imports every row of {@code csv} (read from {@code file}) at once; {@code language} is the rows' default. */
    public ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor) {
        return importCsv(file, csv, fileName, language, actor, null, ImportProgress.NONE);
    }

    /**
     * As above, for background job {@code jobId} (null: none): {@code progress} hears every
     * {@value #REPORT_EVERY} rows, and the job is marked done in this same transaction — unless it was cancelled.
     */
    public ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor,
                                  Long jobId, ImportProgress progress) {
        long started = System.nanoTime();
        Imports.requireImporter(actor);
        String sha256 = HashChain.sha256(file);
        Batches.refuseEarlier(em, sha256);
        Map<RecordKind, Integer> kinds = csv.counts();
        ImportBatch batch = new ImportBatch(fileName, sha256, IMPORTER_VERSION, actor.name(), null, null,
                kinds.getOrDefault(RecordKind.CLAUSE, 0), kinds.getOrDefault(RecordKind.QUOTE, 0),
                kinds.getOrDefault(RecordKind.ENTITY, 0), clock.instant());
        long importId = Batches.open(em, batch, file, MEDIA_TYPE);
        Drafting drafting = new Drafting(importId, actor.name(), blankToNull(language));
        csv.forEach(row -> {
            drafting.draft(row);
            int done = drafting.made.size();
            if (done % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
            if (done % REPORT_EVERY == 0) {
                progress.drafted(done);
            }
        });
        em.flush();
        if (jobId != null && !ImportJobTable.markDone(em, jobId, importId, drafting.made.size())) {
            throw new ImportCancelled(jobId);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clauses", kinds.getOrDefault(RecordKind.CLAUSE, 0));
        counts.put("quotes", kinds.getOrDefault(RecordKind.QUOTE, 0));
        counts.put("entities", kinds.getOrDefault(RecordKind.ENTITY, 0));
        SourceRef source = drafting.sourceIds.size() == 1 ? drafting.firstSource : null;
        return new ImportResult(importId, source, 0, drafting.made, counts, drafting.verified,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The rows of one import on their way to drafts, with what they found in the archive so far. */
    private final class Drafting {
        private final long importId;
        private final String author;
        private final String language;
        private final List<Long> made = new ArrayList<>();
        private final Map<String, Long> entityChanges = new HashMap<>();
        /** The sources named most recently (a few: each holds its transcription). */
        private final Map<String, FoundSource> atHand = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FoundSource> eldest) {
                return size() > SOURCES_AT_HAND;
            }
        };
        private final Set<Long> sourceIds = new HashSet<>();
        private SourceRef firstSource;
        private int verified;

        Drafting(long importId, String author, String language) {
            this.importId = importId;
            this.author = author;
            this.language = language;
        }

        void draft(CsvRow row) {
            FoundSource source = atHand.computeIfAbsent(row.source(), ref -> find(row));
            if (sourceIds.add(source.id()) && firstSource == null) {
                firstSource = source.ref();
            }
            List<CitationInput> citations = row.quotedText() == null ? List.of() : List.of(cite(row, source));
            Long speakerChange = null;
            Long speakerId = null;
            if (row.speaker() != null) {
                if (CsvFile.isId(row.speaker())) {
                    speakerId = publishedEntity(row);
                } else {
                    speakerChange = entityChanges.get(row.speaker());
                }
            }
            RecordContent content = content(row, source.id(), citations, speakerId, speakerChange != null);
            long id = changes.draftImported(null, null, content, author, importId, made.size(), speakerChange);
            if (row.kind() == RecordKind.ENTITY) {
                entityChanges.putIfAbsent(row.label(), id);
            }
            made.add(id);
        }

        private RecordContent content(CsvRow row, long sourceId, List<CitationInput> citations, Long speakerId,
                                      boolean speakerDrafted) {
            String lang = row.language() != null ? row.language() : language;
            List<Translation> translations = row.translation() == null ? List.of()
                    : List.of(new Translation(row.translationLanguage(), row.translation()));
            Attribution attribution = speakerId != null || speakerDrafted ? Attribution.CERTAIN : null;
            try {
                return switch (row.kind()) {
                    case CLAUSE -> new ClauseContent(sourceId, row.label(), null, row.text(), lang, translations,
                            row.date(), citations);
                    case QUOTE -> new QuoteContent(sourceId, row.text(), lang, translations, speakerId, row.date(),
                            row.label(), attribution, citations);
                    default -> new EntityContent(sourceId, row.label(), List.of(), null, row.text(), lang,
                            citations);
                };
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), row.line(), "line " + row.line() + ": " + e.getMessage());
            }
        }

        private FoundSource find(CsvRow row) {
            String ref = row.source();
            Optional<Long> id;
            if (CsvFile.isId(ref)) {
                id = Optional.of(Long.parseLong(ref)).filter(sources::exists);
            } else {
                List<Long> titled = em.createQuery("select s.id from Source s where s.title = :title order by s.id",
                        Long.class).setParameter("title", ref).setMaxResults(5).getResultList();
                if (titled.size() > 1) {
                    throw CsvFile.problem(row.line(), CsvColumn.SOURCE, "several sources are titled “" + ref
                            + "” (" + titled + "); name the source by its id");
                }
                id = titled.stream().findFirst();
            }
            long sourceId = id.orElseThrow(() -> CsvFile.problem(row.line(), CsvColumn.SOURCE, "there is no source "
                    + (CsvFile.isId(ref) ? ref : "titled “" + ref + "”") + " in the archive"));
            Optional<org.primarysources.archive.core.source.Transcription> transcription =
                    sources.transcription(sourceId, null);
            String title = transcription.map(t -> t.title()).orElse(ref);
            return new FoundSource(new SourceRef(sourceId, title), transcription.map(t -> t.version()).orElse(0),
                    transcription.map(t -> t.text()).orElse(null));
        }

        private CitationInput cite(CsvRow row, FoundSource source) {
            if (source.text() == null) {
                throw CsvFile.problem(row.line(), CsvColumn.QUOTED_TEXT, "source " + source.id() + " has no "
                        + "published transcription to find the quoted text in");
            }
            QuoteVerifier.Found found = source.lookup().find(new TextQuoteSelector(row.quotedText(), null, null));
            if (found.verification() != Verification.VERIFIED) {
                throw CsvFile.problem(row.line(), CsvColumn.QUOTED_TEXT, found.verification() == Verification.AMBIGUOUS
                        ? "found more than once in the transcription of source " + source.id() + " (version "
                        + source.version() + "); quote a longer passage, so that it points at one place"
                        : "not found in the transcription of source " + source.id() + " (version " + source.version()
                        + "); it must be quoted word for word");
            }
            String text = source.text();
            int start = text.offsetByCodePoints(0, found.start());
            int end = text.offsetByCodePoints(0, found.end());
            verified++;
            return new CitationInput(source.version(), row.locatorLabel(), row.locatorValue(),
                    text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                    text.substring(end, Math.min(text.length(), end + CONTEXT)));
        }

        private Long publishedEntity(CsvRow row) {
            long id = Long.parseLong(row.speaker());
            try {
                if (records.details(id).kind() == RecordKind.ENTITY) {
                    return id;
                }
            } catch (NotFoundException e) {
                throw CsvFile.problem(row.line(), CsvColumn.SPEAKER, "there is no published record " + id);
            }
            throw CsvFile.problem(row.line(), CsvColumn.SPEAKER, "record " + id + " is no entity; a speaker is a "
                    + "person or organisation");
        }
    }

    /** A source rows name, found once per import, with its published transcription ready to look quotes up in. */
    private static final class FoundSource {
        private final SourceRef ref;
        private final int version;
        private final String text;
        private QuoteVerifier.Lookup lookup;

        FoundSource(SourceRef ref, int version, String text) {
            this.ref = ref;
            this.version = version;
            this.text = text;
        }

        SourceRef ref() { return ref; }
        long id() { return ref.id(); }
        int version() { return version; }
        String text() { return text; }

        QuoteVerifier.Lookup lookup() {
            if (lookup == null) {
                lookup = QuoteVerifier.in(text);
            }
            return lookup;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
