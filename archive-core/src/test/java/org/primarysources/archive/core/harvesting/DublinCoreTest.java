package org.primarysources.archive.core.harvesting;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.harvesting.DublinCore.Element;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.record.Attribution;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Dublin Core mapping, element by element, as the README's table states it. */
class DublinCoreTest {

    private static final String TREATY = "Soviet–Lithuanian Mutual Assistance Treaty";
    private final DublinCore dublinCore = new DublinCore(new PublicAddresses("https://archive.example.org/"));

    @Test
    void aClauseIsTitledByItsLabelAndSourceAndPointsAtItsPages() {
        RecordDetails clause = record(58, RecordKind.CLAUSE, 2, "Article VII", "Sovereignty is not affected.", null,
                PartialDate.parse("1939-10-10"), null);

        assertThat(dublinCore.of(clause, source(3, "CC BY-SA 4.0"))).extracting(Element::name, Element::value)
                .containsExactly(
                        tuple("title", "Article VII, " + TREATY),
                        tuple("description", "Sovereignty is not affected."),
                        tuple("date", "1939-10-10"),
                        tuple("type", "Text"),
                        tuple("type", "clause"),
                        tuple("identifier", "https://archive.example.org/records/58"),
                        tuple("source", "https://archive.example.org/sources/3"),
                        tuple("language", "en"),
                        tuple("relation", "https://archive.example.org/records/58/versions/2"),
                        tuple("rights", "CC BY-SA 4.0"));
    }

    @Test
    void aQuoteIsCreatedByItsSpeakerAndRelatedToThem() {
        RecordDetails quote = record(61, RecordKind.QUOTE, 1, null,
                "No matter if you take Vilnius or not, Soviet troops will enter Lithuania anyway.",
                new Reference(60, "Joseph Stalin"), PartialDate.parse("~1939-10"), null);

        List<Element> dc = dublinCore.of(quote, source(3, null));

        assertThat(dc).extracting(Element::name, Element::value).contains(
                tuple("title", "Joseph Stalin: “No matter if you take Vilnius or not, Soviet troops will enter "
                        + "Lithuania anyway.”"),
                tuple("creator", "Joseph Stalin"),
                tuple("date", "~1939-10"),
                tuple("type", "quote"),
                tuple("relation", "https://archive.example.org/records/61/versions/1"),
                tuple("relation", "https://archive.example.org/records/60"));
        assertThat(dc).extracting(Element::name).doesNotContain("rights");
    }

    @Test
    void aLongQuoteIsShortenedInItsTitleButWholeInItsDescription() {
        String text = "word ".repeat(60).strip();
        RecordDetails quote = record(62, RecordKind.QUOTE, 1, null, text, null, null, null);

        List<Element> dc = dublinCore.of(quote, null);

        assertThat(dc).filteredOn(e -> e.name().equals("title")).singleElement().satisfies(title -> {
            assertThat(title.value()).startsWith("“word word").endsWith("…”");
            assertThat(title.value().length()).isLessThanOrEqualTo(DublinCore.TITLE_WIDTH + 2);
        });
        assertThat(dc).filteredOn(e -> e.name().equals("description")).singleElement()
                .extracting(Element::value).isEqualTo(text);
        assertThat(dc).extracting(Element::name).doesNotContain("creator", "date");
    }

    @Test
    void anEntityIsTitledByItsNameAndIsNoText() {
        RecordDetails entity = record(60, RecordKind.ENTITY, 1, null, "Soviet politician", null, null, "Joseph Stalin");

        assertThat(dublinCore.of(entity, source(3, null))).extracting(Element::name, Element::value)
                .contains(tuple("title", "Joseph Stalin"), tuple("description", "Soviet politician"),
                        tuple("type", "entity"))
                .doesNotContain(tuple("type", "Text"));
    }

    @Test
    void aSourceIsDescribedByItsMetadataNeverItsTranscription() {
        SourceDetails source = new SourceDetails(3, 4, TREATY, SourceType.ENCYCLOPEDIA_ARTICLE,
                PartialDate.parse("1939-10-10"), List.of("en", "lt"), "Lithuanian Central State Archives",
                "f. 383, ap. 7", "https://example.org/treaty", "CC BY-SA 4.0", List.of("Treaties", "1939"), null,
                "sha", "hash");

        assertThat(dublinCore.of(source)).extracting(Element::name, Element::value).containsExactly(
                tuple("title", TREATY),
                tuple("subject", "Treaties"),
                tuple("subject", "1939"),
                tuple("date", "1939-10-10"),
                tuple("type", "Text"),
                tuple("type", "source"),
                tuple("type", "encyclopedia article"),
                tuple("identifier", "https://archive.example.org/sources/3"),
                tuple("source", "Lithuanian Central State Archives, f. 383, ap. 7"),
                tuple("language", "en"),
                tuple("language", "lt"),
                tuple("relation", "https://example.org/treaty"),
                tuple("rights", "CC BY-SA 4.0"));
    }

    @Test
    void whatASourceDoesNotSayIsLeftOutNotWrittenEmpty() {
        SourceDetails source = new SourceDetails(5, 1, "A letter", SourceType.LETTER, null, List.of(), " ", null,
                null, "", List.of(), null, "sha", "hash");

        assertThat(dublinCore.of(source)).extracting(Element::name)
                .containsExactly("title", "type", "type", "type", "identifier");
    }

    private static RecordDetails record(long id, RecordKind kind, int version, String label, String text,
                                        Reference speaker, PartialDate date, String name) {
        return new RecordDetails(id, kind, version, label, label == null ? null : 7, text, "en", List.of(), speaker,
                new SourceRef(3, TREATY), date, null, speaker == null ? null : Attribution.PROBABLE, name,
                List.of(), kind == RecordKind.ENTITY ? text : null,
                kind == RecordKind.ENTITY ? EntityType.PERSON : null, List.of(), null, "hash", Activity.IMPORT,
                Instant.parse("2026-12-04T17:26:44Z"), false);
    }

    private static SourceDetails source(long id, String rights) {
        return new SourceDetails(id, 1, TREATY, SourceType.TREATY, null, List.of("en"), null, null, null, rights,
                List.of(), null, "sha", "hash");
    }
}
