package org.primarysources.archive.core.importing;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.Attribution;
import org.primarysources.archive.core.record.EntityType;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.RecordPage;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.review.ChangeState;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed article imported, submitted and approved through the workflow, on PostgreSQL. */
class ImportIT {

    private static final Actor ARCHIVIST = new Actor("archivist", Set.of(Role.ARCHIVIST));
    private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));

    private final List<RecordPublished> events = new ArrayList<>();

    @Test
    void theSeedBecomesVerifiedPublishedRecordsThroughReview() throws Exception {
        byte[] seed = resource("/importing/seed-soviet-lithuanian-treaty.txt");
        try (TestDatabase db = TestDatabase.create()) {
            ImportResult result = in(db, s -> s.imports().importArticle(seed, "seed.txt", null, "en", ARCHIVIST));

            assertThat(result.counts()).containsEntry("clauses", 9).containsEntry("quotes", 4);
            assertThat(result.verified()).isEqualTo(13);
            assertThat(result.changes()).hasSize(1 + 9 + 4 + result.counts().get("entities"));
            assertThat(in(db, s -> s.changes().list(ChangeState.DRAFT, null, result.id(), 0, 200)).total())
                    .isEqualTo(result.changes().size());
            assertThat(in(db, s -> s.records().page(null, null, 0, 10)).total()).isZero();
            OriginalFile original = in(db, s -> s.imports().original(result.id()));
            assertThat(original.content()).isEqualTo(seed);
            assertThat(original.mediaType()).isEqualTo("text/plain; charset=UTF-8");
            assertThat(original.fileName()).isEqualTo("seed.txt");
            assertThat(original.sha256()).isEqualTo(HashChain.sha256(seed));
            assertThat(in(db, s -> s.imports().summary(result.id())).originalPath())
                    .isEqualTo("imports/" + result.id() + "/original");

            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(seed, "again.txt", null, "en", ARCHIVIST)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("import " + result.id());

            int submitted = in(db, s -> s.imports().submit(result.id(), ARCHIVIST));
            int approved = in(db, s -> s.imports().approve(result.id(), EDITOR, "checked"));
            assertThat(submitted).isEqualTo(result.changes().size());
            assertThat(approved).isEqualTo(result.changes().size());

            RecordPage clauses = in(db, s -> s.records().page(RecordKind.CLAUSE, result.source().id(), 0, 100));
            RecordPage quotes = in(db, s -> s.records().page(RecordKind.QUOTE, result.source().id(), 0, 100));
            assertThat(clauses.items()).extracting(RecordDetails::label).containsExactly("Article I", "Article II",
                    "Article III", "Article IV", "Article V", "Article VI", "Article VII", "Article VIII",
                    "Article IX");
            assertThat(clauses.items().get(6).text()).isEqualTo("Sovereignty is not affected by this treaty");
            assertThat(clauses.items()).allSatisfy(c -> {
                assertThat(c.verification()).isEqualTo(Verification.VERIFIED);
                assertThat(c.activity()).isEqualTo(Activity.IMPORT);
                assertThat(c.citations().get(0).label()).isEqualTo("article-locator");
            });
            assertThat(quotes.items()).hasSize(4)
                    .allSatisfy(q -> assertThat(q.verification()).isEqualTo(Verification.VERIFIED));
            assertThat(quotes.items()).filteredOn(q -> q.text().contains("No matter if you take Vilnius"))
                    .singleElement().satisfies(q -> assertThat(q.speaker().name()).contains("Stalin"));
            assertThat(quotes.items()).filteredOn(q -> q.text().contains("virtual sacrifice of independence"))
                    .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("The New York Times"));
            SourceDetails source = in(db, s -> s.sources().details(result.source().id()));
            assertThat(source.transcription()).doesNotContain("[").doesNotContain("]");
            assertThat(source.subjects()).isNotEmpty();

            // a changed file: a new transcription version, and drafts only for what changed
            byte[] changed = new String(seed, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("*Article IX: Date of effect", "*Article IX: Date of entry into force")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ImportResult second = in(db, s -> s.imports().importArticle(changed, "seed-v2.txt", null, "en", ARCHIVIST));
            assertThat(second.source().id()).isEqualTo(result.source().id());
            assertThat(second.sourceVersion()).isEqualTo(2);
            assertThat(second.changes()).as("the source and the one changed clause").hasSize(2);
            in(db, s -> s.imports().submit(second.id(), ARCHIVIST));
            in(db, s -> s.imports().approve(second.id(), EDITOR, null));
            RecordDetails ninth = in(db, s -> s.records().page(RecordKind.CLAUSE, result.source().id(), 0, 100))
                    .items().get(8);
            assertThat(ninth.text()).isEqualTo("Date of entry into force");
            assertThat(ninth.version()).isEqualTo(2);
            assertThat(ninth.citations().get(0).sourceVersion()).isEqualTo(2);
            assertThat(ninth.verification()).isEqualTo(Verification.VERIFIED);
        }
    }

    @Test
    void anArticleInAnotherLanguageIsReadInItAndItsUnlinkedSpeakersBecomePeople() throws Exception {
        byte[] german = resource("/importing/de-beistandspakt-estland.txt");
        byte[] lithuanian = resource("/importing/lt-maskvos-taikos-sutartis.txt");
        try (TestDatabase db = TestDatabase.create()) {
            ImportResult result = in(db, s -> s.imports().importArticle(german, "de.txt", null, null, ARCHIVIST));

            assertThat(result.counts()).containsEntry("clauses", 6).containsEntry("quotes", 5)
                    .containsEntry("speakers", 1);
            assertThat(result.changes()).hasSize(1 + 6 + 5 + result.counts().get("entities") + 1);
            in(db, s -> s.imports().submit(result.id(), ARCHIVIST));
            in(db, s -> s.imports().approve(result.id(), EDITOR, "checked"));

            SourceDetails source = in(db, s -> s.sources().details(result.source().id()));
            assertThat(source.languages()).containsExactly("de");
            assertThat(source.subjects()).contains("Militärbündnis", "Politik 1939");
            assertThat(source.transcription()).doesNotContain("Einzelnachweise", "Kategorien");
            RecordPage entities = in(db, s -> s.records().page(RecordKind.ENTITY, result.source().id(), 0, 100));
            assertThat(entities.items()).filteredOn(e -> e.name().equals("Karl Selter")).singleElement()
                    .satisfies(selter -> {
                        assertThat(selter.entityType()).isEqualTo(EntityType.PERSON);
                        assertThat(selter.language()).isEqualTo("de");
                        assertThat(selter.description()).contains("Außenminister Karl Selter");
                        assertThat(selter.citations()).singleElement().satisfies(c -> {
                            assertThat(c.exact()).isEqualTo("Karl Selter");
                            assertThat(c.verification()).isEqualTo(Verification.VERIFIED);
                        });
                    });
            RecordPage quotes = in(db, s -> s.records().page(RecordKind.QUOTE, result.source().id(), 0, 100));
            assertThat(quotes.items()).filteredOn(q -> q.speaker() != null && q.speaker().name().equals("Karl Selter"))
                    .hasSize(2).allSatisfy(q -> {
                        assertThat(q.attribution()).isEqualTo(Attribution.PROBABLE);
                        assertThat(q.language()).isEqualTo("de");
                    });
            assertThat(quotes.items()).filteredOn(q -> q.text().startsWith("Wenn Sie nicht einverstanden"))
                    .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Wjatscheslaw Molotow"));

            ImportResult second = in(db, s -> s.imports().importArticle(lithuanian, "lt.txt", null, "LT", ARCHIVIST));
            in(db, s -> s.imports().submit(second.id(), ARCHIVIST));
            in(db, s -> s.imports().approve(second.id(), EDITOR, null));
            RecordPage lt = in(db, s -> s.records().page(RecordKind.QUOTE, second.source().id(), 0, 100));
            assertThat(lt.items()).filteredOn(q -> !q.translations().isEmpty()).singleElement()
                    .satisfies(q -> assertThat(q.translations()).containsExactly(
                            new Translation("lt", "Lietuva gaus Vilnių, bet ne dabar")));
        }
    }

    @Test
    void aLanguageThatIsNoTagIsRefusedAndNothingIsWritten() throws Exception {
        byte[] seed = resource("/importing/seed-soviet-lithuanian-treaty.txt");
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(seed, "x", null, "English please",
                    ARCHIVIST))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("language"));
            long imported = in(db, s -> s.imports().count());
            assertThat(imported).isZero();
        }
    }

    @Test
    void badFilesAreRefusedAndNothingIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(new byte[0], "x", null, null, ARCHIVIST)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(new byte[]{'a', 0, 'b'}, "x", null, null,
                    ARCHIVIST))).hasMessageContaining("binary");
            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(new byte[]{'a', (byte) 0xC3, '('}, "x",
                    null, null, ARCHIVIST))).hasMessageContaining("UTF-8");
            assertThatThrownBy(() -> in(db, s -> s.imports().importArticle(new byte[Imports.MAX_BYTES + 1], "x", null,
                    null, ARCHIVIST))).hasMessageContaining("10 MB");
            long imported = in(db, s -> s.imports().count());
            assertThat(imported).isZero();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private <T> T in(TestDatabase db, Function<ImportsWiring.Services, T> work) {
        return ImportsWiring.in(db, events, work);
    }

}
