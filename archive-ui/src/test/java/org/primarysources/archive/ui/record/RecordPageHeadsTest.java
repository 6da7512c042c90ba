package org.primarysources.archive.ui.record;

import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.ui.layout.PageHead;
import org.primarysources.archive.ui.search.SearchView;
import org.primarysources.archive.ui.testing.FakeRecordCatalogue;
import org.primarysources.archive.ui.testing.RecordBuilder;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first HTML of record pages: what Zotero, Google Scholar and harvesters read without running a script. */
class RecordPageHeadsTest {

    private static final RecordDetails QUOTE = RecordBuilder.aQuote().id(14).language("de").by("Joseph Stalin")
            .on("1939-10-03").text("Ob Sie einverstanden sind oder nicht, wir marschieren ein.").build();
    private static final RecordDetails CLAUSE = RecordBuilder.aClause().id(7).label("Article 3").language("en")
            .build();

    private final FakeRecordCatalogue catalogue = new FakeRecordCatalogue().with(QUOTE, RecordBuilder.aQuote()
            .id(14).version(2).language("de").by("Joseph Stalin").on("1939-10-03")
            .text("Ob Sie einverstanden sind oder nicht, wir marschieren jetzt ein.").build()).with(CLAUSE);
    private final RecordPageHeads heads = new RecordPageHeads(catalogue);

    @Test
    void aQuoteCarriesItsSpeakerDateSourceAndVersionPage() {
        PageHead head = heads.head(RecordVersionView.class, RecordVersionView.parameters(14, 1)).orElseThrow();

        assertThat(head.meta()).containsSubsequence(
                new PageHead.Meta("citation_title", "“Ob Sie einverstanden sind oder nicht, wir marschieren ein.”"),
                new PageHead.Meta("citation_author", "Joseph Stalin"),
                new PageHead.Meta("citation_date", "1939/10/03"),
                new PageHead.Meta("citation_publication_date", "1939/10/03"),
                new PageHead.Meta("citation_inbook_title", RecordBuilder.TREATY.title()),
                new PageHead.Meta("citation_language", "de"),
                new PageHead.Meta("citation_public_url", "https://archive.example.org/records/14/versions/1"),
                new PageHead.Meta("citation_abstract_html_url", "https://archive.example.org/records/14/versions/1"));
        assertThat(head.citeAs()).isEqualTo(URI.create("https://archive.example.org/records/14/versions/1"));
        assertThat(head.describedBy()).isEqualTo(URI.create("https://archive.example.org/api/records/14/versions/1"));
        assertThat(head.jsonLd()).contains("\"@id\": \"https://archive.example.org/records/14/versions/1\"");
        assertThat(head.title()).isEqualTo("“Ob Sie einverstanden sind oder nicht, wir marschieren ein.” — "
                + "Joseph Stalin (version 1) – Archive");
    }

    @Test
    void theRecordPageIsCitedByItsNewestVersionsPage() {
        PageHead head = heads.head(RecordView.class, new RouteParameters(RecordView.ID_PARAMETER, "14"))
                .orElseThrow();

        assertThat(head.citeAs()).isEqualTo(URI.create("https://archive.example.org/records/14/versions/2"));
        assertThat(head.title()).doesNotContain("version");
        assertThat(head.description()).startsWith("Words of Joseph Stalin, quoted in " + RecordBuilder.TREATY.title()
                + ", version 2: Ob Sie");
    }

    @Test
    void aClauseIsTitledByItsLabelAndTreatyAndHasNoAuthor() {
        PageHead head = heads.head(RecordView.class, new RouteParameters(RecordView.ID_PARAMETER, "7"))
                .orElseThrow();

        assertThat(head.title()).isEqualTo("Article 3 — Soviet–Lithuanian Mutual Assistance Treaty – Archive");
        assertThat(head.meta()).extracting(PageHead.Meta::name).doesNotContain("citation_author")
                .contains("citation_title", "citation_inbook_title", "citation_public_url");
        assertThat(head.meta()).contains(new PageHead.Meta("citation_date", "1939/10/10"),
                new PageHead.Meta("citation_publication_date", "1939/10/10"));
    }

    @Test
    void whenNeitherTheWordsNorTheirSourceAreDatedTheVersionsPublicationDayStandsIn() {
        PageHead head = RecordPageHeads.head(CLAUSE, false, null,
                URI.create("https://archive.example.org/records/7/versions/1"),
                URI.create("https://archive.example.org/api/records/7/versions/1"), "{}");

        assertThat(head.meta()).contains(new PageHead.Meta("citation_date", "2025/10/10"),
                new PageHead.Meta("citation_publication_date", "2025/10/10"),
                new PageHead.Meta("citation_online_date", "2025/10/10"),
                new PageHead.Meta("citation_inbook_title", RecordBuilder.TREATY.title()));
    }

    @Test
    void nothingPublishedAtTheAddressIsNotFound() {
        assertThatThrownBy(() -> heads.head(RecordView.class, new RouteParameters(RecordView.ID_PARAMETER, "404")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> heads.head(RecordVersionView.class, RecordVersionView.parameters(14, 9)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> heads.head(RecordView.class, new RouteParameters(RecordView.ID_PARAMETER, "x")))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void otherPagesAreNotItsToDescribe() {
        assertThat(heads.head(SearchView.class, RouteParameters.empty())).isEmpty();
    }

    @Test
    void highwireDatesKeepOnlyWhatIsKnown() {
        assertThat(List.of("1939-10-03", "1939-10", "1939", "~1939-10-03").stream()
                .map(PartialDate::parse).map(PageHead::highwireDate))
                .containsExactly("1939/10/03", "1939/10", "1939", "1939");
    }
}
