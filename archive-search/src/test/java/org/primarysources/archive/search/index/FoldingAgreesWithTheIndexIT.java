package org.primarysources.archive.search.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.analysis.CustomAnalyzer;
import org.opensearch.client.opensearch._types.analysis.TokenFilter;
import org.opensearch.client.opensearch.indices.AnalyzeRequest;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;
import org.primarysources.archive.core.text.Folding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core's {@link Folding} folds as the search index does, proven on the build's real node: every code point of the
 * blocks it covers and words from European sources, analysed by {@code _analyze} on an index created from the real
 * mapping. A failure lists every character on which the two disagree.
 */
class FoldingAgreesWithTheIndexIT {

    /**
     * Latin-1 Supplement, Latin Extended-A and -B, IPA Extensions; Phonetic Extensions and their Supplement; Latin
     * Extended Additional; General Punctuation, Superscripts and Subscripts; Latin Extended-C; the Latin ligatures.
     */
    private static final int[][] BLOCKS = {
            {0x0080, 0x02AF}, {0x1D00, 0x1DBF}, {0x1E00, 0x1EFF}, {0x2000, 0x209F}, {0x2C60, 0x2C7F}, {0xFB00, 0xFB06}};
    private static final List<String> WORDS = List.of("Šešupė", "Łódź", "Ørsted", "Æsir", "Straße", "Þingvellir",
            "Đakovo", "œuvre", "İstanbul", "ŠEŠUPĖ", "Urbšys", "Mickiewicz", "Žalgiris", "Dvořák", "Ærøskøbing",
            "Hafnarfjörður", "Göteborg", "Kraków", "Kėdainiai", "Ǆemal", "ĳsbeer", "ﬁnal", "Żebbuġ", "ẞ");

    private final RecordsMapping mapping = RecordsMapping.current(TestClients.jsonMapper());
    private OpenSearchClient client;
    private String index;

    @BeforeEach
    void createAnIndexFromTheRealMapping() throws IOException {
        client = TestClients.itNode();
        index = "it-folding-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        client.indices().create(c -> c.index(index).settings(mapping.settings()).mappings(mapping.mappings()));
    }

    @AfterEach
    void removeIt() throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        TestClients.close(client);
    }

    /** The folded analyzer's own filters, with a tokenizer that keeps each character whole (punctuation too). */
    @Test
    void everyCodePointFoldsAsTheFoldedAnalyzersFiltersFoldIt() throws IOException {
        CustomAnalyzer folded = mapping.settings().analysis().analyzer().get("folded").custom();
        List<TokenFilter> filters = folded.filter().stream().map(name -> TokenFilter.of(f -> f.name(name))).toList();
        assertThat(folded.filter()).as("the folded analyzer lower-cases, then folds").endsWith("asciifolding");

        List<String> disagreements = disagreements(codePoints(),
                a -> a.tokenizer(t -> t.name("keyword")).filter(filters), Folding::foldLowerCase);

        assertThat(disagreements).as("characters Folding.foldLowerCase folds unlike the index").isEmpty();
    }

    @Test
    void everyCodePointFoldsAsAsciifoldingFoldsIt() throws IOException {
        List<String> disagreements = disagreements(codePoints(),
                a -> a.tokenizer(t -> t.name("keyword")).filter(f -> f.name("asciifolding")), Folding::fold);

        assertThat(disagreements).as("characters Folding.fold folds unlike asciifolding").isEmpty();
    }

    @Test
    void wordsFoldAsTheIndexsFoldedAnalyzerFoldsThem() throws IOException {
        List<String> disagreements = disagreements(WORDS, a -> a.analyzer("folded"), Folding::foldLowerCase);

        assertThat(disagreements).as("words Folding.foldLowerCase folds unlike the index").isEmpty();
    }

    /** Each of the blocks' letters and digits alone, as the index's folded analyzer makes a word of it. */
    @Test
    void everyLetterTheIndexKeepsAsAWordFoldsAsInTheIndex() throws IOException {
        List<String> characters = codePoints();
        List<AnalyzeToken> tokens = client.indices().analyze(a -> a.index(index).analyzer("folded")
                .text(String.join(" ", characters))).tokens();
        List<String> disagreements = new ArrayList<>();
        for (AnalyzeToken token : tokens) {
            String character = characterAt(characters, (int) token.startOffset());
            String expected = Folding.foldLowerCase(character);
            if (!token.token().equals(expected)) {
                disagreements.add(describe(character, token.token(), expected));
            }
        }

        assertThat(tokens).as("the standard tokenizer keeps the letters as words").hasSizeGreaterThan(900);
        assertThat(disagreements).as("letters Folding.foldLowerCase folds unlike the index").isEmpty();
    }

    /** Every text analysed on its own (one token each, in order) against what {@code folding} makes of it. */
    private List<String> disagreements(List<String> texts, UnaryOperator<AnalyzeRequest.Builder> analysis,
                                       Function<String, String> folding) throws IOException {
        List<AnalyzeToken> tokens = client.indices().analyze(a -> analysis.apply(a.index(index).text(texts)))
                .tokens();
        assertThat(tokens).as("one token for each text").hasSameSizeAs(texts);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String expected = folding.apply(texts.get(i));
            if (!tokens.get(i).token().equals(expected)) {
                disagreements.add(describe(texts.get(i), tokens.get(i).token(), expected));
            }
        }
        return disagreements;
    }

    private static List<String> codePoints() {
        List<String> characters = new ArrayList<>();
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                characters.add(Character.toString(c));
            }
        }
        return characters;
    }

    /** The character at an offset into the characters joined by spaces (all are one UTF-16 unit). */
    private static String characterAt(List<String> characters, int offset) {
        return characters.get(offset / 2);
    }

    private static String describe(String text, String index, String folding) {
        String codes = text.codePoints().mapToObj(c -> String.format("U+%04X", c)).reduce((a, b) -> a + " " + b)
                .orElse("");
        return codes + " " + text + ": index '" + index + "', Folding '" + folding + "'";
    }
}
