package org.primarysources.archive.core.citing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

class CitationListTest {

    private static final LogPosition LOGGED = new LogPosition(12, 40L);

    private final Citations citations = new Citations();
    private final RecordDetails clause = aClause().build();
    private final RecordDetails quote = aQuote().build();
    private final SourceDetails treaty = aTreaty().build();
    private final SourceDetails pravda = aNewspaperArticle().build();

    @Test
    void cslJsonIsOneArrayOfTheItemsEachCitesAlone() throws IOException {
        String list = listOf(CitationFormat.CSL_JSON);

        JsonArray items = Json.createReader(new StringReader(list)).readArray();
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(single(clause, treaty, CitationFormat.CSL_JSON).get(0));
        assertThat(items.get(1)).isEqualTo(single(quote, pravda, CitationFormat.CSL_JSON).get(0));
    }

    @Test
    void bibtexEntriesFollowEachOtherWithUniqueKeys() throws IOException {
        String list = listOf(CitationFormat.BIBTEX);

        assertThat(list).isEqualTo(citations.cite(clause, treaty, CitationFormat.BIBTEX, null, versionUrl(clause),
                ACCESSED, LOGGED) + "\n" + citations.cite(quote, pravda, CitationFormat.BIBTEX, null,
                versionUrl(quote), ACCESSED, LOGGED));
        assertThat(list).contains("@misc{archive-record-42-v3,", "{archive-record-108-v1,");
    }

    @Test
    void risReferencesFollowEachOtherSeparatedByABlankLine() throws IOException {
        String list = listOf(CitationFormat.RIS);

        assertThat(list).isEqualTo(citations.cite(clause, treaty, CitationFormat.RIS, null, versionUrl(clause),
                ACCESSED, LOGGED) + "\r\n" + citations.cite(quote, pravda, CitationFormat.RIS, null,
                versionUrl(quote), ACCESSED, LOGGED));
        assertThat(list.split("ER  - \r\n", -1)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(value = CitationFormat.class, names = "TEXT", mode = EnumSource.Mode.EXCLUDE)
    void anEmptyListIsAnEmptyFileOfItsFormat(CitationFormat format) throws IOException {
        StringWriter out = new StringWriter();
        CitationList list = CitationList.writingTo(out, format);

        list.finish();

        assertThat(list.count()).isZero();
        assertThat(out.toString()).isEqualTo(format == CitationFormat.CSL_JSON ? "[]\n" : "");
    }

    @Test
    void anEntityIsRefusedAndNothingOfItIsWritten() throws IOException {
        StringWriter out = new StringWriter();
        CitationList list = CitationList.writingTo(out, CitationFormat.CSL_JSON);
        RecordDetails entity = new RecordDetails(5, RecordKind.ENTITY, 1, null, null, null, null, null, null, null,
                null, null, null, "Vyacheslav Molotov", null, null, null, null, null, "h", null, null, false);

        assertThatThrownBy(() -> list.add(entity, treaty, versionUrl(entity), ACCESSED, null))
                .isInstanceOf(InvalidInputException.class);
        list.add(clause, treaty, versionUrl(clause), ACCESSED, null);
        list.finish();

        assertThat(list.count()).isEqualTo(1);
        assertThat(Json.createReader(new StringReader(out.toString())).readArray()).hasSize(1);
    }

    @Test
    void textIsNotAListFormat() {
        assertThatThrownBy(() -> CitationList.writingTo(new StringWriter(), CitationFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String listOf(CitationFormat format) throws IOException {
        StringWriter out = new StringWriter();
        CitationList list = CitationList.writingTo(out, format);
        list.add(clause, treaty, versionUrl(clause), ACCESSED, LOGGED);
        list.add(quote, pravda, versionUrl(quote), ACCESSED, LOGGED);
        list.finish();
        assertThat(list.count()).isEqualTo(2);
        return out.toString();
    }

    private JsonArray single(RecordDetails record, SourceDetails source, CitationFormat format) {
        return Json.createReader(new StringReader(citations.cite(record, source, format, null, versionUrl(record),
                ACCESSED, LOGGED))).readArray();
    }
}
