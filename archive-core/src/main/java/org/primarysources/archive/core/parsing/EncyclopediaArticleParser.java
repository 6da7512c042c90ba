package org.primarysources.archive.core.parsing;

import org.primarysources.archive.core.error.InvalidInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an encyclopedia article as the scraper saved it — plain text, links broken onto their own lines, each
 * followed by the linked entity's gloss, citation remnants in brackets, wiki italics, end matter with categories —
 * and returns what the archive imports from it: the clean transcription with its headings, clauses, quotations,
 * entities and categories.
 *
 * <p>Nothing of the article's own text is dropped: a line the parser does not recognise stays in the
 * transcription as a paragraph. Only glosses, citation remnants, markup and the end matter (from "See also",
 * "References" or {@code {{DEFAULTSORT:…}}} on) are left out, and each of them is listed as a {@link Removal} with
 * its place in the {@link #source(String) source}, so that every character read is accounted for. The parser is
 * pure: no I/O, no state, safe to call from any thread.
 */
public final class EncyclopediaArticleParser {

    /** How many words of its own (outside link names) the body needs somewhere to count as an article. */
    private static final int MIN_BODY_WORDS = 3;

    private EncyclopediaArticleParser() {
    }

    /**
     * @param text          the scraped article, any line endings, any Unicode normalisation form (the transcription
     *                      is NFC)
     * @param titleOverride the title to use instead of the subject of the first sentence; {@code null} or blank for
     *                      none
     * @throws InvalidInputException on field {@code body} when the text has no body: empty, or nothing but glosses,
     *                               headings, link names and end matter
     */
    public static ParsedArticle parse(String text, String titleOverride) {
        return parse(text, titleOverride, null);
    }

    /**
     * As {@link #parse(String, String)}, in the article's language: its clause labels, end matter, category markers,
     * verbs of saying and subject phrase are read with that language's words, and a translation in parentheses is
     * taken to be in it.
     *
     * @param language the article's language, or {@code null} to tell it from the text ({@link ArticleLanguage#detect})
     */
    public static ParsedArticle parse(String text, String titleOverride, ArticleLanguage language) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("body", "The article is empty.");
        }
        ArticleLanguage lang = language == null ? ArticleLanguage.detect(text) : language;
        List<String> scraped = ScrapedText.lines(text);
        Removals removals = new Removals(String.join("\n", scraped));
        LanguageLines.Split split = LanguageLines.of(scraped, lang);
        List<String> lines = split.body();
        Layout layout = ArticleLayout.of(lines, Glosses.in(lines), SourceMap.of(scraped, lines, removals), removals);
        Transcript transcript = Transcript.of(layout.blocks());
        String transcription = transcript.text;
        if (!hasBody(transcript)) {
            throw new InvalidInputException("body",
                    "The article has no body text: only glosses, headings, link names or end matter were found.");
        }

        List<ParsedEntity> entities = entities(transcript, lang);
        Speakers speakers = new Speakers(entities, lang);
        LanguageTables.Table table = lang.table();
        List<ParsedClause> numbered = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<ParsedClause> clauses = new ArrayList<>();
        List<ParsedQuote> quotes = new ArrayList<>();
        String firstParagraph = null;
        for (Transcript.Line line : transcript.lines) {
            if (line.kind() == BlockKind.HEADING) {
                headings.add(new Heading(transcription.substring(line.start(), line.end()), line.start()));
                continue;
            }
            if (firstParagraph == null && line.kind() == BlockKind.PARAGRAPH) {
                firstParagraph = transcription.substring(line.start(), line.end());
            }
            Optional<ParsedClause> clause = Clauses.in(transcription, line.start(), line.end(), table);
            clause.ifPresent(clauses::add);
            numbered.add(clause.isEmpty() && line.kind() == BlockKind.PARAGRAPH
                    ? Clauses.numberedLine(transcription, line.start(), line.end()).orElse(null) : null);
            quotes.addAll(Quotations.in(transcription, line.start(), line.end(), speakers));
        }
        if (lang != ArticleLanguage.ENGLISH) {
            clauses.addAll(Clauses.numbered(numbered));
            clauses.sort(Comparator.comparingInt(ParsedClause::start));
        }
        quotes = QuoteSpeakers.completed(transcription, transcript.lines, entities, speakers, lang, quotes);
        List<String> categories = new ArrayList<>(layout.categories());
        split.categories().stream().filter(category -> !categories.contains(category)).forEach(categories::add);
        if (firstParagraph == null) {
            Transcript.Line first = transcript.lines.get(0);
            firstParagraph = transcription.substring(first.start(), first.end());
        }
        removals.cleaning(layout.blocks());
        return new ParsedArticle(Titles.of(firstParagraph, titleOverride, lang), transcription, headings, clauses,
                quotes, entities, categories, removals.list());
    }

    /**
     * The article as the parser reads it, which the offsets of {@link ParsedArticle#removals()} point into: its lines
     * in NFC, without the whitespace at their ends, byte-order marks, soft hyphens and zero-width spaces, joined by
     * {@code \n}.
     */
    public static String source(String text) {
        return text == null ? "" : String.join("\n", ScrapedText.lines(text));
    }

    /** Whether some paragraph or list item has words of its own, not just the name of a link. */
    private static boolean hasBody(Transcript transcript) {
        String text = transcript.text;
        for (Transcript.Line line : transcript.lines) {
            if (line.kind() == BlockKind.HEADING) {
                continue;
            }
            StringBuilder own = new StringBuilder(text.substring(line.start(), line.end()));
            for (Transcript.Link link : transcript.links) {
                int start = link.start();
                if (start >= line.start() && start < line.end()) {
                    int from = start - line.start();
                    int to = Math.min(own.length(), from + link.gloss().link().text().length());
                    for (int i = from; i < to; i++) {
                        own.setCharAt(i, ' ');
                    }
                }
            }
            if (Words.wordCount(own.toString()) >= MIN_BODY_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** One entity per name (case aside) or per gloss, in order of first link, with all its link positions. */
    private static List<ParsedEntity> entities(Transcript transcript, ArticleLanguage language) {
        Map<String, EntityDraft> byName = new LinkedHashMap<>();
        Map<String, EntityDraft> byDescription = new HashMap<>();
        for (Transcript.Link link : transcript.links) {
            Gloss gloss = link.gloss();
            String name = gloss.link().text();
            String key = name.toLowerCase(Locale.ROOT);
            EntityDraft draft = byName.get(key);
            if (draft == null) {
                draft = byDescription.get(gloss.description());
            }
            if (draft == null) {
                draft = new EntityDraft(name, gloss.description());
                byDescription.put(gloss.description(), draft);
            }
            byName.putIfAbsent(key, draft);
            if (link.start() >= 0) {
                draft.occurrences.add(link.start());
            }
        }
        return byName.values().stream().distinct()
                .map(draft -> new ParsedEntity(draft.name, draft.description,
                        EntityKinds.guess(draft.description, language), draft.occurrences.stream().sorted().toList()))
                .toList();
    }

    private static final class EntityDraft {
        final String name;
        final String description;
        final List<Integer> occurrences = new ArrayList<>();

        EntityDraft(String name, String description) {
            this.name = name;
            this.description = description;
        }
    }
}
