package org.primarysources.archive.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.history.ChainLink;
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
 * Recomputes every hash chain and re-checks every published citation against the transcription it cites.
 * Reads only.
 */
@ApplicationScoped
@Transactional
public class ArchiveAudit {

    private final Sources sources;
    private final Records records;

    @Inject
    ArchiveAudit(Sources sources, Records records) {
        this.sources = sources;
        this.records = records;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveAudit() {
        this(null, null);
    }

    public AuditReport run() {
        List<Finding> broken = new ArrayList<>();
        long[] counts = {0, 0, 0};
        ChainCheck sourceChains = new ChainCheck("source", broken::add);
        sources.readHistory(version -> {
            counts[0]++;
            sourceChains.next(version.link());
            checkTranscription(version, broken::add);
        });
        ChainCheck recordChains = new ChainCheck("record", broken::add);
        records.readHistory(version -> {
            counts[1]++;
            recordChains.next(version.link());
            if (version.published()) {
                counts[2] += recheckCitations(version, broken::add);
            }
        });
        return new AuditReport(counts[0], counts[1], counts[2], broken);
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
