package org.primarysources.archive.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.history.ChainLink;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;
import org.primarysources.archive.core.publicationlog.TimeStamps;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.StoredRecordVersion;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.StoredSourceVersion;
import org.primarysources.archive.core.source.Transcription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recomputes every hash chain, re-checks every published citation against the transcription it cites, checks that
 * what readers see in an item's row is what its published version says and that the published version is the
 * newest, and holds all of it to the archive's transparency log ({@link LogCheck}). Reads only.
 */
@ApplicationScoped
@Transactional
public class ArchiveAudit {

    private final Sources sources;
    private final Records records;
    private final PublicationLog log;
    private final Checkpoints checkpoints;
    private final TimeStamps timeStamps;

    @Inject
    ArchiveAudit(Sources sources, Records records, PublicationLog log, Checkpoints checkpoints,
                 TimeStamps timeStamps) {
        this.sources = sources;
        this.records = records;
        this.log = log;
        this.checkpoints = checkpoints;
        this.timeStamps = timeStamps;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveAudit() {
        this(null, null, null, null, null);
    }

    public AuditReport run() {
        List<Finding> broken = new ArrayList<>();
        long[] counts = {0, 0, 0};
        List<StoredCheckpoint> signed = checkpoints.all();
        LogCheck logCheck = new LogCheck(signed, checkpoints.verifier(), checkpoints.origin(), timeStamps,
                broken::add);
        long headSize = log.size();
        log.readLog(logCheck::entry);
        ChainCheck sourceChains = new ChainCheck("source", broken::add);
        NewestCheck newestSource = new NewestCheck("source", broken::add);
        sources.readHistory(version -> {
            counts[0]++;
            sourceChains.next(version.link());
            newestSource.next(version.link().id(), version.link().number(), version.publishedVersion());
            checkTranscription(version, broken::add);
            logCheck.version(version.logEntry());
            version.rowProblems().forEach(p -> broken.add(finding("source", version.link(), p)));
        });
        newestSource.finish();
        ChainCheck recordChains = new ChainCheck("record", broken::add);
        NewestCheck newestRecord = new NewestCheck("record", broken::add);
        records.readHistory(version -> {
            counts[1]++;
            recordChains.next(version.link());
            newestRecord.next(version.link().id(), version.link().number(), version.publishedVersion());
            if (version.published()) {
                counts[2] += recheckCitations(version, broken::add);
            }
            logCheck.version(version.logEntry());
            version.rowProblems().forEach(p -> broken.add(finding("record", version.link(), p)));
        });
        newestRecord.finish();
        logCheck.finish(headSize);
        return new AuditReport(counts[0], counts[1], counts[2], logCheck.size(), signed.size(), broken);
    }

    private static void checkTranscription(StoredSourceVersion version, Consumer<Finding> findings) {
        if (!version.transcriptionMatchesHash()) {
            findings.accept(finding("source", version.link(), "transcription does not match its SHA-256"));
        }
    }

    /** Re-finds each cited passage in the cited transcription; returns how many citations it checked. */
    private int recheckCitations(StoredRecordVersion version, Consumer<Finding> findings) {
        List<CitationDetails> citations;
        try {
            citations = version.citations();
        } catch (RuntimeException e) {
            findings.accept(finding("record", version.link(), "content is not readable"));
            return 0;
        }
        for (CitationDetails citation : citations) {
            Optional<Transcription> transcription = sources.transcription(citation.source(), citation.sourceVersion());
            if (transcription.isEmpty()) {
                findings.accept(finding("record", version.link(),
                        "cites a missing source version " + citation.source() + "/" + citation.sourceVersion()));
                continue;
            }
            if (!transcription.get().sha256().equals(citation.textHash())) {
                findings.accept(finding("record", version.link(),
                        "the cited transcription changed since it was cited"));
            }
            QuoteVerifier.Found found = QuoteVerifier.find(new TextQuoteSelector(citation.exact(),
                    citation.prefix(), citation.suffix()), transcription.get().text());
            if (found.verification() != citation.verification() || !Objects.equals(found.start(), citation.start())) {
                findings.accept(finding("record", version.link(), "the cited text is now "
                        + found.verification() + " (was " + citation.verification() + ")"));
            }
        }
        return citations.size();
    }

    private static Finding finding(String item, ChainLink link, String problem) {
        return new Finding(item, link.id(), link.number(), problem);
    }
}
