package org.primarysources.archive.search.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.search.testing.IndexedRecords;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records in German, French, Lithuanian, Polish and Russian are found by other forms of their words, as their language
 * inflects them, on a real OpenSearch node (started by the build) with the real mapping; a record in another language
 * is not stemmed as if it were in the query's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInTheRecordsLanguageIT {

    private static final int MINUTES = 12;

    private IndexedRecords indexed;
    private Searches searches;

    private final RecordDetails germanTreaty = PublishedRecords.aClause().language("de").labelled("Artikel I")
            .saying("Der Vertrag über gegenseitigen Beistand wurde in Moskau unterzeichnet.").build();
    private final RecordDetails germanCouncil = PublishedRecords.aQuote().language("de")
            .saying("Der Rat der Volkskommissare tagte bis in die Nacht.").build();
    private final RecordDetails germanTraktat = PublishedRecords.aQuote().language("de-AT")
            .saying("Der geheime Traktat blieb lange unbekannt.").build();
    private final RecordDetails frenchTreaty = PublishedRecords.aClause().language("fr").labelled("Article premier")
            .saying("Le traité d'assistance mutuelle fut signé à Moscou.").build();
    private final RecordDetails lithuanianTreaty = PublishedRecords.aQuote().language("lt")
            .saying("Sutartis buvo pasirašyta Maskvoje, o Lietuva atgavo Vilnių.").build();
    private final RecordDetails polishTreaty = PublishedRecords.aQuote().language("pl")
            .saying("Umowa o wzajemnej pomocy została podpisana w Moskwie.").build();
    private final RecordDetails polishTraktat = PublishedRecords.aQuote().language("pl")
            .saying("Traktat pokojowy z Litwą podpisano jesienią.").build();
    private final RecordDetails russianTreaty = PublishedRecords.aClause().language("ru").labelled("Статья I")
            .saying("Договор о взаимопомощи между СССР и Литвой подписан в Москве.").build();
    private final RecordDetails englishTreaties = PublishedRecords.aClause().language("en")
            .saying("The treaties were signed in Moscow.").build();
    private final RecordDetails englishRate = PublishedRecords.aQuote().language("en")
            .saying("The exchange rate was fixed by decree.").build();
    private final RecordDetails englishTraits = PublishedRecords.aQuote().language("en")
            .saying("National traits were discussed at length.").build();
    private final RecordDetails translated = PublishedRecords.aQuote().language("en")
            .saying("The agreements were kept secret.").translated("pl", "Porozumienia utrzymano w tajemnicy.")
            .translated("ru", "Соглашения держались в тайне.").build();
    private final RecordDetails ukrainian = PublishedRecords.aQuote().language("uk")
            .saying("Згідно з договору війська залишилися.").build();
    private final RecordDetails latvian = PublishedRecords.aQuote().language("lv")
            .saying("Lietuva un Latvija parakstīja līgumu.").build();

    private final List<RecordDetails> all = List.of(germanTreaty, germanCouncil, germanTraktat, frenchTreaty,
            lithuanianTreaty, polishTreaty, polishTraktat, russianTreaty, englishTreaties, englishRate, englishTraits,
            translated, ukrainian, latvian);
    /**
     * More records in German and English, as an archive has: BM25 weighs a word by how rare it is among the records
     * searched in a field, and with three German records in all, every German word would be a common one.
     */
    private final List<RecordDetails> minutes = IntStream.rangeClosed(1, MINUTES).boxed().flatMap(n -> Stream.of(
            PublishedRecords.aQuote().language("de").saying("Protokoll der " + n + ". Sitzung.").build(),
            PublishedRecords.aQuote().language("en").saying("Minutes of meeting no. " + n + ".").build())).toList();

    @BeforeAll
    void indexTheRecords() throws IOException {
        indexed = IndexedRecords.of("it-languages", Stream.concat(all.stream(), minutes.stream()).toList());
        searches = new Searches(indexed.client(), indexed.alias());
    }

    @AfterAll
    void removeTheIndex() throws IOException {
        indexed.close();
    }

    /** Each analyser, on the real node, makes one stem of a word's forms. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Vertrag Verträge Verträgen Vertrages | vertrag",
        "fr | traité traités Traité traites | trait",
        "lt | sutartis sutarties sutartį sutartimi sutarčių | sutart",
        "pl | umowa umowy umowie umową umowę umowami umowach | umow",
        "pl | traktat traktatu traktaty traktatem traktatów | traktat",
        "pl | państwo państwa państwie panstwa | panstw",
        "pl | porozumienie porozumienia porozumieniu porozumieniem | porozumien",
        "pl | historia historii historię historią historiami | histor",
        "ru | договор договора договоров договором договоре | договор",
    })
    void everyFormOfAWordHasOneStem(String language, String forms, String stem) throws IOException {
        String index = indexed.index();
        List<AnalyzeToken> tokens = indexed.client().indices().analyze(a -> a.index(index)
                .analyzer("stemmed_" + language).text(forms)).tokens();

        assertThat(tokens).extracting(AnalyzeToken::token).hasSize(forms.split(" ").length).containsOnly(stem);
    }

    @Test
    void frenchElisionsAreRemovedBeforeStemming() throws IOException {
        String index = indexed.index();
        List<AnalyzeToken> tokens = indexed.client().indices().analyze(a -> a.index(index)
                .analyzer("stemmed_fr").text("l'assistance L’Europe d'assistance jusqu'à")).tokens();

        assertThat(tokens).extracting(AnalyzeToken::token).containsExactly("asistanc", "europ", "asistanc", "a");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Verträge, germanTreaty, Vertrag",
        "Vertrages, germanTreaty, Vertrag",
        "traités, frenchTreaty, traité",
        "sutarties, lithuanianTreaty, Sutartis",
        "umowy, polishTreaty, Umowa",
        "umową, polishTreaty, Umowa",
        "umowe, polishTreaty, Umowa",
        "договора, russianTreaty, Договор",
        "договором, russianTreaty, Договор",
    })
    void anInflectedWordFindsTheRecordInItsLanguageAndMarksTheWordInItsText(String q, String expected, String word) {
        SearchResult result = search(q);

        assertThat(ids(result)).first().as(q).isEqualTo(record(expected).id());
        assertThat(result.hits().get(0).highlight()).as("highlighted in the text shown")
                .contains("<mark>" + word + "</mark>");
    }

    @Test
    void wordsOfALanguageAreFoundTogether() {
        assertThat(ids(search("Verträge unterzeichnet Moskau"))).containsExactly(germanTreaty.id());
        assertThat(ids(search("umowy podpisanej"))).containsExactly(polishTreaty.id());
        assertThat(ids(search("договора подписанного"))).containsExactly(russianTreaty.id());
    }

    @Test
    void aTranslationIsSearchedInItsOwnLanguage() {
        assertThat(ids(search("porozumienie"))).containsExactly(translated.id());
        assertThat(ids(search("соглашение"))).containsExactly(translated.id());
        assertThat(search("porozumienie").hits().get(0).highlight()).as("the text shown is the English one")
                .startsWith("The agreements were kept secret.");
    }

    /**
     * A Polish genitive; the German record's "Traktat" would match as well as the Polish one if it were stemmed as
     * Polish. Typed as a plain word, it is one typo away from "Traktat" and ranks below; quoted (no typos), it is not
     * found at all.
     */
    @Test
    void aPolishInflectionDoesNotFindTheSameWordInAGermanRecord() {
        ranksFirst(search("traktatu"), polishTraktat, germanTraktat);
        assertThat(ids(search("\"traktatu\""))).containsExactly(polishTraktat.id());
        assertThat(ids(search("Traktat"))).containsExactlyInAnyOrder(polishTraktat.id(), germanTraktat.id());
    }

    /** The English "traits" would match "traités" if it were stemmed as French ("trait"). */
    @Test
    void aFrenchInflectionDoesNotFindAnEnglishWordOfTheSameStem() {
        ranksFirst(search("traités"), frenchTreaty, englishTraits);
        assertThat(ids(search("\"traités\""))).containsExactly(frenchTreaty.id());
        ranksFirst(search("traits"), englishTraits, frenchTreaty);
    }

    /** Ukrainian and Latvian have no analyser of their own here: never stemmed as Russian or Lithuanian. */
    @Test
    void aRecordInALanguageWithoutAnAnalyserIsNotStemmedAsAnother() {
        ranksFirst(search("договора"), russianTreaty, ukrainian);
        assertThat(ids(search("\"договора\""))).containsExactly(russianTreaty.id());
        ranksFirst(search("Lietuvos"), lithuanianTreaty, latvian);
        assertThat(ids(search("\"Lietuvos\""))).containsExactly(lithuanianTreaty.id());
        assertThat(ids(search("Lietuva"))).containsExactlyInAnyOrder(lithuanianTreaty.id(), latvian.id());
    }

    /** "Räte" folds to "rate", the English word; the German record holds "Rat", which German inflects to "Räte". */
    @Test
    void aGermanPluralRanksTheGermanRecordAboveAnEnglishWordItFoldsTo() {
        List<Long> found = ranksFirst(search("Räte"), germanCouncil, englishRate);

        assertThat(found).as("the English word is found too").contains(englishRate.id());
    }

    @Test
    void englishIsStemmedAsBeforeAndRanksFirstForEnglishWords() {
        // every clause's source is the "Treaty of Mutual Assistance": they match by its title, ranked lower
        assertThat(ids(search("treaty"))).first().isEqualTo(englishTreaties.id());
        assertThat(ids(search("signed treaties"))).first().isEqualTo(englishTreaties.id());
        assertThat(ids(search("Moscow"))).as("and the French Moscou, one typo away").first()
                .isEqualTo(englishTreaties.id());
    }

    @Test
    void exactModeMatchesOnlyTheWordsAsWritten() {
        assertThat(search("Verträge", SearchMode.EXACT).total()).isZero();
        assertThat(ids(search("Vertrag", SearchMode.EXACT))).containsExactly(germanTreaty.id());
        assertThat(search("\"Verträge über\"", SearchMode.EXACT).total()).isZero();
        assertThat(ids(search("\"Vertrag über\"", SearchMode.EXACT))).containsExactly(germanTreaty.id());
    }

    /** Language fields and all: the longest query they are searched for is not too many clauses for OpenSearch. */
    @Test
    void theLongestQueriesRun() {
        String longest = IntStream.range(0, SearchQueries.MAX_LANGUAGE_WORDS).mapToObj(i -> "w" + i)
                .collect(Collectors.joining(" OR "));
        String mostWords = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));

        assertThat(search(longest + " OR Verträge").total()).as("one word more: as typed").isZero();
        assertThat(search(longest.replaceFirst("w0", "Verträge")).total()).isEqualTo(1);
        assertThat(search(mostWords).total()).isZero();
    }

    private RecordDetails record(String name) {
        Map<String, RecordDetails> byName = Map.of("germanTreaty", germanTreaty, "frenchTreaty", frenchTreaty,
                "lithuanianTreaty", lithuanianTreaty, "polishTreaty", polishTreaty, "russianTreaty", russianTreaty);
        return byName.get(name);
    }

    /** The right record first; the wrong one, if found at all, below it. The hits, by id. */
    private static List<Long> ranksFirst(SearchResult result, RecordDetails right, RecordDetails wrong) {
        List<Long> found = ids(result);
        assertThat(found).as("found").isNotEmpty();
        assertThat(found.get(0)).as("first of %s", found).isEqualTo(right.id());
        assertThat(found.indexOf(wrong.id())).as("the other language's record in %s", found).isNotZero();
        return found;
    }

    private SearchResult search(String q) {
        return search(q, SearchMode.FOLDED);
    }

    private SearchResult search(String q, SearchMode mode) {
        return searches.search(new SearchRequest(q, null, null, null, null, null, mode, null, 0, 20));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
