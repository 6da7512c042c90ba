package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Completes the speakers {@link Quotations} proposed from each quotation's own sentence with what the text before it
 * says: a pronoun stands for the nearest person named before ({@link Speakers.Earlier}), a lone surname for the full
 * name given earlier. Marks the speakers that are no linked entity with the sentence that names them
 * ({@link ParsedQuote#speakerMention()}), so that the import can draft them as people; gives a translation in
 * parentheses the article's language.
 */
final class QuoteSpeakers {

    /** How many lines (paragraphs, list items) back a pronoun may reach for its person, its own included. */
    private static final int PRONOUN_LINES = 2;
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}’'-]+|\\p{Lu}\\.)";
    /** The particles between a given name and a surname: "Richard von Kühlmann", "Rüdiger von der Goltz". */
    private static final String PARTICLES =
            "(?: (?:von|van|zu|de|du|da|di|del|della|le|la)(?: (?:der|den|dem|la|le))?)?";

    private final String text;
    private final List<Transcript.Line> lines;
    private final List<ParsedEntity> entities;
    private final Speakers speakers;
    private final ArticleLanguage language;
    /** People named so far: linked persons where they are linked, speakers where their quotation's sentence is. */
    private final List<Mention> people = new ArrayList<>();

    private record Mention(int at, String name, int mentionAt) {
    }

    private QuoteSpeakers(String text, List<Transcript.Line> lines, List<ParsedEntity> entities, Speakers speakers,
                          ArticleLanguage language) {
        this.text = text;
        this.lines = lines;
        this.entities = entities;
        this.speakers = speakers;
        this.language = language;
        for (ParsedEntity entity : entities) {
            if (EntityKinds.PERSON.equals(entity.typeGuess())) {
                entity.occurrences().forEach(at -> people.add(new Mention(at, entity.name(), -1)));
            }
        }
    }

    static List<ParsedQuote> completed(String text, List<Transcript.Line> lines, List<ParsedEntity> entities,
                                       Speakers speakers, ArticleLanguage language, List<ParsedQuote> quotes) {
        QuoteSpeakers completion = new QuoteSpeakers(text, lines, entities, speakers, language);
        List<ParsedQuote> completed = new ArrayList<>();
        for (ParsedQuote quote : quotes) {
            completed.add(completion.complete(quote));
        }
        return completed;
    }

    private ParsedQuote complete(ParsedQuote quote) {
        int contextStart = text.lastIndexOf(quote.context(), quote.start());
        String translationLanguage = quote.translation() == null ? null : language.tag();
        if (contextStart < 0) {
            return copy(quote, quote.speakerName(), translationLanguage, null);
        }
        int sentenceStart = contextStart;
        Context context = new Context(sentenceStart, quote.start());
        String speaker = quote.speakerName();
        if (speaker == null) {
            speaker = speakers.of(before(quote, sentenceStart), after(quote, contextStart), context);
        } else if (!linked(speaker) && Words.tokens(speaker).size() == 1) {
            String full = context.fullName(speaker);
            speaker = full == null ? speaker : full;
        }
        if (speaker == null) {
            return copy(quote, null, translationLanguage, null);
        }
        String mention = null;
        if (!linked(speaker)) {
            int at = mentionOf(speaker, quote.start());
            mention = at < 0 ? quote.context() : sentenceAt(at);
            people.add(new Mention(sentenceStart, speaker, at));
        } else {
            people.add(new Mention(sentenceStart, speaker, -1));
        }
        return copy(quote, speaker, translationLanguage, mention);
    }

    private static ParsedQuote copy(ParsedQuote quote, String speaker, String translationLanguage, String mention) {
        return new ParsedQuote(quote.exact(), quote.context(), quote.prefix(), quote.suffix(), quote.start(),
                quote.end(), speaker, quote.translation(), translationLanguage, mention);
    }

    private boolean linked(String name) {
        return entities.stream().anyMatch(entity -> entity.name().equals(name));
    }

    /** Where the speaker is named: as written before the quotation's end, or where an earlier speaker was. */
    private int mentionOf(String name, int quoteStart) {
        int at = text.lastIndexOf(name, quoteStart);
        if (at >= 0) {
            return at;
        }
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).name().equals(name) && people.get(i).mentionAt() >= 0) {
                return people.get(i).mentionAt();
            }
        }
        return text.indexOf(name);
    }

    private String sentenceAt(int at) {
        Transcript.Line line = lineAt(at);
        int from = line == null ? 0 : line.start();
        int to = line == null ? text.length() : line.end();
        Sentences sentences = Sentences.of(language);
        return text.substring(sentences.start(text, from, at), sentences.end(text, at, to));
    }

    private Transcript.Line lineAt(int at) {
        for (Transcript.Line line : lines) {
            if (at >= line.start() && at <= line.end()) {
                return line;
            }
        }
        return null;
    }

    /** The sentence's words before the opening quotation mark. */
    private String before(ParsedQuote quote, int sentenceStart) {
        int open = quote.start() - 1;
        while (open > sentenceStart && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        return text.substring(sentenceStart, Math.max(sentenceStart, open));
    }

    /** The sentence's words after the closing quotation mark and any translation in parentheses. */
    private String after(ParsedQuote quote, int sentenceStart) {
        int sentenceEnd = sentenceStart + quote.context().length();
        int at = quote.end();
        if (at < sentenceEnd && text.charAt(at) == ',') {
            at++;
        }
        while (at < sentenceEnd && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at < sentenceEnd) {
            at++;
        }
        if (quote.translation() != null) {
            int close = text.indexOf(quote.translation(), at);
            int bracket = close < 0 ? -1 : text.indexOf(')', close + quote.translation().length());
            if (bracket >= 0 && bracket < sentenceEnd) {
                at = bracket + 1;
            }
        }
        return at < sentenceEnd ? text.substring(at, sentenceEnd) : "";
    }

    /** What the text before one quotation's sentence knows of people. */
    private final class Context implements Speakers.Earlier {
        private final int sentenceStart;
        private final int quoteStart;

        Context(int sentenceStart, int quoteStart) {
            this.sentenceStart = sentenceStart;
            this.quoteStart = quoteStart;
        }

        /**
         * Where a person is named: linked, as an earlier speaker, and wherever the text repeats a known person's
         * name or surname ("Joffe iš pradžių siūlė …").
         */
        @Override
        public String personBefore() {
            int reach = reach();
            List<Mention> named = new ArrayList<>(people);
            for (String name : people.stream().map(Mention::name).distinct().toList()) {
                List<String> words = Words.tokens(name);
                for (String form : Stream.of(name, words.get(words.size() - 1)).distinct().toList()) {
                    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(form)
                            + "(?![\\p{L}\\p{M}])").matcher(text).region(reach, quoteStart);
                    while (matcher.find()) {
                        named.add(new Mention(matcher.start(), name, -1));
                    }
                }
            }
            Mention nearest = null;
            for (Mention person : named) {
                if (person.at() >= sentenceStart && person.at() < quoteStart) {
                    return null;
                }
                if (person.at() >= reach && person.at() < sentenceStart
                        && (nearest == null || person.at() > nearest.at())) {
                    nearest = person;
                }
            }
            return nearest == null ? null : nearest.name();
        }

        /** The start of the earliest line a pronoun may reach back to: not before a heading. */
        private int reach() {
            int index = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).start() <= sentenceStart) {
                    index = i;
                }
            }
            if (index < 0) {
                return 0;
            }
            int first = index;
            while (first > 0 && index - first + 1 < PRONOUN_LINES
                    && lines.get(first - 1).kind() != BlockKind.HEADING) {
                first--;
            }
            return lines.get(first).start();
        }

        @Override
        public String fullName(String surname) {
            Set<String> names = new LinkedHashSet<>();
            for (ParsedEntity entity : entities) {
                List<String> words = Words.tokens(entity.name());
                if (EntityKinds.PERSON.equals(entity.typeGuess()) && words.size() > 1
                        && words.get(words.size() - 1).equals(surname)) {
                    names.add(entity.name());
                }
            }
            Matcher matcher = Pattern.compile("(" + NAME_WORD + ")(" + PARTICLES + ") " + Pattern.quote(surname)
                    + "(?![\\p{L}\\p{M}])").matcher(text).region(0, sentenceStart);
            while (matcher.find()) {
                String given = matcher.group(1);
                if (!EntityKinds.kindNoun(given, language)
                        && !language.table().notNames().contains(Words.lower(given))) {
                    names.add(given + matcher.group(2) + " " + surname);
                }
            }
            return names.size() == 1 ? names.iterator().next() : null;
        }
    }
}
