package org.primarysources.archive.core.citing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.citing.CitableFixtures.ACCESSED;
import static org.primarysources.archive.core.citing.CitableFixtures.aClause;
import static org.primarysources.archive.core.citing.CitableFixtures.aNewspaperArticle;
import static org.primarysources.archive.core.citing.CitableFixtures.aQuote;
import static org.primarysources.archive.core.citing.CitableFixtures.aTreaty;
import static org.primarysources.archive.core.citing.CitableFixtures.versionUrl;

/** Our BibTeX, read by bibtexparser (Debian python3-bibtexparser) and BibTool (Debian bibtool). */
class BibTexInBibtexParsersIT {

    /** Every character LaTeX treats specially, an unbalanced brace, and diacritics. */
    private static final String LABEL = "Artikel VII {Entwurf – 100% & #1 a_b ~ ^ \\ $";
    private static final String TREATY = "Pakt Ribbentrop–Mołotow: Geheimes Zusatzprotokoll (Moskau, 23. August)";

    @TempDir
    Path dir;

    private final Citations citations = new Citations();

    @Test
    void bibtexparserReadsTheTitleUrlAndDateWeMeant() {
        JsonObject entry = parse(aClause().labelled(LABEL).build(), aTreaty().titled(TREATY).build());

        assertThat(entry.getString("ENTRYTYPE")).isEqualTo("misc");
        assertThat(entry.getString("ID")).isEqualTo("archive-record-42-v3");
        assertThat(entry.getString("title")).isEqualTo("{Artikel VII \\textbraceleft{}Entwurf – 100\\% \\& \\#1 "
                + "a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$}");
        assertThat(entry.getString("booktitle")).isEqualTo("{" + TREATY + "}");
        assertThat(entry.getString("url")).isEqualTo("https://archive.example.org/records/42/versions/3");
        assertThat(entry.getString("urldate")).isEqualTo("2024-05-01");
        assertThat(entry.getString("year")).isEqualTo("1939");
        assertThat(entry.getString("month")).isEqualTo("August");
        assertThat(entry.getString("howpublished"))
                .isEqualTo("Politisches Archiv des Auswärtigen Amts, PA AA, Verträge 1939/12");
        assertThat(entry.getString("note")).contains("article VII", "text-sha256: " + CitableFixtures.TREATY_TEXT_HASH);
    }

    @Test
    void bibtexparserReadsTheSpeakerAsOneNameAndTheCyrillicWords() {
        JsonObject entry = parse(aQuote().build(), aNewspaperArticle().build());

        assertThat(entry.getString("author")).isEqualTo("{Joseph Stalin}");
        assertThat(entry.getString("title")).isEqualTo("{Жить стало лучше, товарищи. Жить стало веселее.}");
        assertThat(entry.getString("url")).isEqualTo("https://archive.example.org/records/108/versions/1");
    }

    @Test
    void bibtoolReadsTheEntryWithoutAWarning() {
        Path file = bibFile(aClause().labelled(LABEL).build(), aTreaty().titled(TREATY).build());

        OutsideTools.Result result = OutsideTools.run(dir, "bibtool", List.of("bibtool", file.toString()));

        assertThat(result.stderr()).isBlank();
        assertThat(result.stdout().replaceAll("\\s+", " "))
                .contains("@Misc{ archive-record-42-v3,", "Pakt Ribbentrop–Mołotow", "\\textbraceleft{}Entwurf",
                        "url = {https://archive.example.org/records/42/versions/3}");
    }

    private JsonObject parse(RecordDetails record, SourceDetails source) {
        Path file = bibFile(record, source);
        JsonArray entries = OutsideTools.jsonArray(OutsideTools.python("citing/parse-bibtex.py",
                "python3-bibtexparser", file.toString()).stdout());
        assertThat(entries).as("bibtexparser drops an entry it cannot read").hasSize(1);
        return entries.getJsonObject(0);
    }

    private Path bibFile(RecordDetails record, SourceDetails source) {
        return OutsideTools.write(dir, "citation.bib",
                citations.cite(record, source, CitationFormat.BIBTEX, null, versionUrl(record), ACCESSED));
    }
}
