package org.primarysources.archive.core.linkeddata;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Reference;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.SourceType;

import java.time.Instant;
import java.util.List;

/** A treaty, one of its clauses, a quote and an entity, as the linked-data tests describe them. */
final class LinkedDataFixtures {

    static final PublicAddresses ADDRESSES = new PublicAddresses("https://archive.example.org/");
    static final String TREATY = "Soviet–Lithuanian Mutual Assistance Treaty";
    static final Instant PUBLISHED = Instant.parse("2026-12-01T10:15:30Z");

    private LinkedDataFixtures() {
    }

    static SourceDetails treaty() {
        return new SourceDetails(3, 2, TREATY, SourceType.TREATY, PartialDate.parse("1939-10-10"), List.of("lt", "ru"),
                "Lithuanian Central State Archives", "F. 383", "https://example.org/treaty", "public domain",
                List.of("Lithuania"), "Article 3 …", "aa", "bb");
    }

    static RecordDetails clause(int version) {
        CitationDetails citation = new CitationDetails(3, TREATY, 2, "article-locator", "3", "The Soviet Union",
                "", "", 0, 16, "cc", Verification.VERIFIED);
        return new RecordDetails(58, RecordKind.CLAUSE, version, "Article 3", 3,
                "The Soviet Union undertakes to render <help>.", "en", List.of(), null, new SourceRef(3, TREATY),
                null, null, null, null, null, null, null, List.of(citation), Verification.VERIFIED, "dd",
                Activity.IMPORT, PUBLISHED, false);
    }

    static RecordDetails quote() {
        return new RecordDetails(60, RecordKind.QUOTE, 1, null, null,
                "The sovereignty of Lithuania will not be affected in any way, and the treaty guarantees it.", "en",
                List.of(), new Reference(61, "Vyacheslav Molotov"), new SourceRef(3, TREATY),
                PartialDate.parse("1939-10-10"), null, null, null, null, null, null, List.of(),
                Verification.VERIFIED, "ee", Activity.IMPORT, PUBLISHED, false);
    }

    static RecordDetails entity() {
        return new RecordDetails(61, RecordKind.ENTITY, 1, null, null, "Vyacheslav Molotov", "en", List.of(), null,
                new SourceRef(3, TREATY), null, null, null, "Vyacheslav Molotov", List.of("Molotov"),
                "Soviet Minister of Foreign Affairs", EntityType.PERSON, List.of(), null, "ff", Activity.IMPORT,
                PUBLISHED, false);
    }
}
