package org.primarysources.archive.ui.source;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.ui.testing.RecordBuilder;
import org.primarysources.archive.ui.testing.SourceBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitedPassagesTest {

    private static final SourceDetails TREATY = SourceBuilder.theTreaty().build();
    private static final String CLAUSE = "The enforcement of this treaty shall in no way affect the sovereign rights "
            + "of the contracting parties.";

    @Test
    void uncitedTextIsOnePieceWithNoPassage() {
        CitedPassages cited = CitedPassages.of(TREATY, List.of());

        assertThat(cited.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.text()).isEqualTo(TREATY.transcription());
            assertThat(segment.passage()).isNull();
        });
    }

    @Test
    void citedWordsAreCutOutOfTheTextAndCarryTheirRecord() {
        RecordDetails quote = SourceBuilder.quoting(RecordBuilder.aQuote().id(1), TREATY,
                "virtual sacrifice of independence.");

        List<CitedPassages.Segment> segments = CitedPassages.of(TREATY, List.of(quote)).segments();

        assertThat(segments).extracting(CitedPassages.Segment::text).containsExactly(
                TREATY.transcription().substring(0, TREATY.transcription().indexOf("virtual")),
                "virtual sacrifice of independence.", "\" Urbšys objected.");
        assertThat(segments.get(1).passage().record().id()).isEqualTo(1);
        assertThat(String.join("", segments.stream().map(CitedPassages.Segment::text).toList()))
                .isEqualTo(TREATY.transcription());
    }

    @Test
    void aQuoteInsideAClauseBelongsToTheQuoteAndTheClauseGoesOnAroundIt() {
        SourceDetails source = SourceBuilder.theTreaty().transcription("Article I. Both parties agree that "
                + "\"no troops shall pass\" without consent. Article II.").build();
        RecordDetails clause = SourceBuilder.quoting(RecordBuilder.aClause().id(7), source,
                "Both parties agree that \"no troops shall pass\" without consent.");
        RecordDetails quote = SourceBuilder.quoting(RecordBuilder.aQuote().id(8), source, "no troops shall pass");

        List<CitedPassages.Segment> segments = CitedPassages.of(source, List.of(quote, clause)).segments();

        assertThat(segments).extracting(CitedPassages.Segment::text).containsExactly("Article I. ",
                "Both parties agree that \"", "no troops shall pass", "\" without consent.", " Article II.");
        assertThat(segments).extracting(segment -> segment.passage() == null ? null : segment.passage().record().id())
                .containsExactly(null, 7L, 8L, 7L, null);
        assertThat(segments).extracting(CitedPassages.Segment::depth).containsExactly(0, 1, 2, 1, 0);
    }

    @Test
    void offsetsCountCodePointsNotJavaChars() {
        // 𝔊 is one code point but two Java chars: a char-based offset would cut the marked words short
        SourceDetails source = SourceBuilder.theTreaty().transcription("𝔊𝔊 Šešupė river 𝔊 border").build();
        RecordDetails clause = SourceBuilder.quoting(RecordBuilder.aClause().id(7), source, "Šešupė river");
        assertThat(clause.citations().get(0).start()).isEqualTo(3);

        List<CitedPassages.Segment> segments = CitedPassages.of(source, List.of(clause)).segments();

        assertThat(segments).extracting(CitedPassages.Segment::text)
                .containsExactly("𝔊𝔊 ", "Šešupė river", " 𝔊 border");
    }

    @Test
    void aCitationOfAnotherTextIsNotMarkedButSaysWhichVersionItCites() {
        SourceDetails first = SourceBuilder.theTreaty().transcription("Article VII. Sovereignty stays.").build();
        SourceDetails second = SourceBuilder.theTreaty().version(2)
                .transcription("Article VII. Sovereignty stays untouched.").build();
        RecordDetails clause = SourceBuilder.quoting(RecordBuilder.aClause().id(7), first, "Sovereignty stays.");

        CitedPassages cited = CitedPassages.of(second, List.of(clause));

        assertThat(cited.passages()).isEmpty();
        assertThat(cited.citing()).singleElement().satisfies(citing -> {
            assertThat(citing.placement()).isEqualTo(CitedPassages.Placement.OTHER_VERSION);
            assertThat(citing.citation().sourceVersion()).isEqualTo(1);
        });
    }

    @Test
    void aCitationOfTheSameTextInAnotherVersionIsMarked() {
        SourceDetails first = SourceBuilder.theTreaty().build();
        SourceDetails retitled = SourceBuilder.theTreaty().version(2).title("The treaty, retitled").build();
        RecordDetails clause = SourceBuilder.quoting(RecordBuilder.aClause().id(7), first, CLAUSE);

        assertThat(CitedPassages.of(retitled, List.of(clause)).citing()).extracting(CitedPassages.Citing::placement)
                .containsExactly(CitedPassages.Placement.MARKED);
    }

    @Test
    void wordsNotFoundOrOffsetsOutsideTheTextAreNotMarked() {
        String hash = TREATY.transcriptionHash();
        RecordDetails notFound = RecordBuilder.aQuote().id(2).citing(new CitationDetails(TREATY.id(), TREATY.title(),
                1, null, null, "never said", "", "", null, null, hash, Verification.NOT_FOUND)).build();
        RecordDetails beyond = RecordBuilder.aQuote().id(3).citing(new CitationDetails(TREATY.id(), TREATY.title(),
                1, null, null, "far away", "", "", 5_000, 5_008, hash, Verification.VERIFIED)).build();

        CitedPassages cited = CitedPassages.of(TREATY, List.of(notFound, beyond));

        assertThat(cited.passages()).isEmpty();
        assertThat(cited.citing()).extracting(CitedPassages.Citing::placement)
                .containsExactly(CitedPassages.Placement.NOT_FOUND, CitedPassages.Placement.NOT_FOUND);
        assertThat(cited.segments()).singleElement()
                .satisfies(segment -> assertThat(segment.passage()).isNull());
    }
}
