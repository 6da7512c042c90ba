package org.primarysources.archive.core.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text folded the way the search index folds it, so that what the archive calls "the same word with diacritics
 * ignored" is what a folded search finds. The index's {@code folded} analyzer lower-cases and then applies
 * Lucene's {@code asciifolding}; {@link #fold} does what {@code asciifolding} does, code point by code point, in
 * the blocks the archive's European sources are written in — Latin-1 Supplement, Latin Extended-A and -B, IPA
 * and Phonetic Extensions, Latin Extended Additional and -C (the lower case of many letters of Latin Extended-B is
 * there), General Punctuation (typographic quotes, dashes), superscripts and subscripts, and the Latin ligatures
 * ﬀ–ﬆ. Elsewhere (Greek, Cyrillic, the filter's circled and full-width forms) a character is left as it is. An
 * integration test in archive-search holds every one of these code points against the node.
 * <p>
 * A letter written as base letter + combining accent is folded as its precomposed form (the archive stores and
 * searches text in NFC); an accent that has no precomposed letter to join stays, as it does in the index.
 * {@link #quoteOrDash} is a narrower folding for comparing cited words: quotation marks and dashes only.
 */
public final class Folding {

    private static final int[][] BLOCKS = {
            {0x0080, 0x02AF}, {0x1D00, 0x1DBF}, {0x1E00, 0x1EFF}, {0x2000, 0x209F}, {0x2C60, 0x2C7F}, {0xFB00, 0xFB06}};

    /**
     * What asciifolding makes of the characters canonical decomposition cannot take apart (strokes, ligatures,
     * letters of their own) or takes apart differently: each replacement, then the characters it replaces.
     */
    private static final String[] IRREGULAR = {
            "A", "ƏȺᴀ", "AE", "ÆǢǼᴁ", "B", "ƁƂɃʙᴃ", "C", "ƇȻʗᴄ", "D", "ÐĐƉƊƋᴅᴆ", "DZ", "ǄǱ", "Dz", "ǅǲ", "E", "ƎƐɆᴇⱻ",
            "F", "Ƒ", "G", "ƓǤǥǧɢʛ", "H", "ĦʜⱧⱵ", "HV", "Ƕ", "I", "ƖƗɪᵻ", "IJ", "Ĳ", "J", "Ɉᴊ", "K", "ƘᴋⱩ",
            "L", "ĿŁȽʟᴌⱠⱢ", "LJ", "Ǉ", "LL", "Ỻ", "Lj", "ǈ", "M", "ƜᴍⱮ", "N", "ŊƝȠɴᴎ", "NJ", "Ǌ", "Nj", "ǋ",
            "O", "ØƆƟǾᴏᴐ", "OE", "Œɶ", "OU", "Ȣᴕ", "P", "ƤᴘⱣ", "Q", "Ɋ", "R", "ɌʀʁᴙᴚⱤ", "SS", "ẞ", "T", "ŦƬƮȾᴛ",
            "TH", "Þ", "U", "Ʉᴜᵾ", "V", "ƲɅᴠỼ", "W", "ǷᴡⱲ", "Y", "ƳɎʏỾ", "Z", "ƵȜȤᴢⱫ", "a", "ɐəɚᶏᶕẚₐₔⱥⱯ",
            "ae", "æǣǽᴂ", "b", "ƀƃɓᵬᶀ", "c", "ƈȼɕ", "d", "ðđƌȡɖɗᵭᶁᶑ", "db", "ȸ", "dz", "ǆǳʣʥ", "e", "ǝɇɘɛɜɝɞʚᴈᶒᶓᶔₑⱸ",
            "f", "ƒᵮᶂẛ", "ff", "ﬀ", "ffi", "ﬃ", "ffl", "ﬄ", "fi", "ﬁ", "fl", "ﬂ", "g", "ɠɡᵷᵹᶃ", "h", "ħɥɦʮʯⱨⱶ",
            "hv", "ƕ", "i", "ıɨᴉᵢᵼᶖⁱ", "ij", "ĳ", "j", "ȷɉɟʄʝⱼ", "k", "ƙʞᶄⱪ", "l", "ŀłƚȴɫɬɭᶅⱡ", "lj", "ǉ", "ll", "ỻ",
            "ls", "ʪ", "lz", "ʫ", "m", "ɯɰɱᵯᶆ", "n", "ŉŋƞȵɲɳᵰᶇⁿ", "nj", "ǌ", "o", "øǿɔɵᴖᴗᶗₒⱺ", "oe", "œᴔ", "ou", "ȣ",
            "p", "ƥᵱᵽᶈ", "q", "ĸɋʠ", "qp", "ȹ", "r", "ɍɼɽɾɿᵣᵲᵳᶉ", "s", "ſȿʂᵴᶊẜẝ", "ss", "ß", "st", "ﬆ",
            "t", "ŧƫƭȶʇʈᵵⱦ", "tc", "ʨ", "th", "þᵺ", "ts", "ʦ", "u", "ʉᵤᶙ", "ue", "ᵫ", "v", "ʋʌᵥᶌⱱⱴ", "w", "ƿʍⱳ",
            "x", "ᶍₓ", "y", "ƴɏʎỿ", "z", "ƶȝȥɀʐʑᵶᶎⱬ",
            // quotation marks « » “ ” „ ″ ‶ and ‘ ’ ‚ ‛ ′ ‵ ‹ ›
            "\"", "\u00AB\u00BB\u201C\u201D\u201E\u2033\u2036",
            "'", "\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A",
            // hyphen, non-breaking hyphen, figure dash, en dash, em dash, superscript and subscript minus
            "-", "\u2010\u2011\u2012\u2013\u2014\u207B\u208B",
            "!!", "\u203C", "!?", "\u2049", "?!", "\u2048", "??", "\u2047", "%", "\u2052", "*", "\u204E",
            "/", "\u2044", ";", "\u204F", "[", "\u2045", "]", "\u2046", "^", "\u2038", "~", "\u2053",
            "(", "\u207D\u208D", ")", "\u207E\u208E", "+", "\u207A\u208A", "=", "\u207C\u208C",
            "0", "\u2070\u2080", "1", "\u00B9\u2081", "2", "\u00B2\u2082", "3", "\u00B3\u2083", "4", "\u2074\u2084",
            "5", "\u2075\u2085", "6", "\u2076\u2086", "7", "\u2077\u2087", "8", "\u2078\u2088", "9", "\u2079\u2089",
    };

    private static final Map<Integer, String> FOLDED = folded();

    private Folding() {
    }

    /** The text as the index's {@code asciifolding} leaves it: {@code Łódź} is {@code Lodz}; case is kept. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < text.length() && combining(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String letter = end - i > Character.charCount(text.codePointAt(i))
                    ? Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFC)
                    : text.substring(i, end);
            letter.codePoints().forEach(c -> out.append(FOLDED.getOrDefault(c, Character.toString(c))));
            i = end;
        }
        return out.toString();
    }

    /**
     * The text as the index's {@code folded} analyzer makes its words: lower-cased character by character, then
     * folded ({@code ŠEŠUPĖ} is {@code sesupe}). The order matters for a few letters, as it does in the index.
     */
    public static String foldLowerCase(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        return fold(lower.toString());
    }

    /**
     * A typographic quotation mark as its ASCII form ({@code “ ” „ ‟ « » ″} as {@code "}; {@code ‘ ’ ‚ ‛ ‹ › ′ `
     * ´} as {@code '}), a dash or minus as {@code -}; any other character as it is. One character for one, so
     * positions in the folded text are positions in the original.
     */
    public static char quoteOrDash(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u0060', '\u00B4' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
                 '\uFF0D' -> '-';
            default -> c;
        };
    }

    private static boolean combining(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static Map<Integer, String> folded() {
        Map<Integer, String> irregular = new HashMap<>();
        for (int i = 0; i < IRREGULAR.length; i += 2) {
            String replacement = IRREGULAR[i];
            IRREGULAR[i + 1].codePoints().forEach(c -> irregular.put(c, replacement));
        }
        Map<Integer, String> folded = new HashMap<>();
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                String replacement = irregular.getOrDefault(c, letterWithoutMarks(c));
                if (replacement != null) {
                    folded.put(c, replacement);
                }
            }
        }
        return Map.copyOf(folded);
    }

    /** The ASCII letters a precomposed letter is made of ({@code ė} is {@code e}); null if it is not one. */
    private static String letterWithoutMarks(int c) {
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        decomposed.codePoints().filter(d -> !combining(d)).forEach(base::appendCodePoint);
        boolean ascii = !base.isEmpty() && base.chars().allMatch(d -> d < 0x80);
        return ascii && !base.toString().equals(Character.toString(c)) ? base.toString() : null;
    }
}
