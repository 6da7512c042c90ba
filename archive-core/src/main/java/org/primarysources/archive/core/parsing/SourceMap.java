package org.primarysources.archive.core.parsing;

import java.util.Arrays;
import java.util.List;

/**
 * Where each character of the lines the layout reads stands in the source (the scraped lines joined by
 * {@code \n}). The layout's lines are the scraped ones, except where the language's reading ({@link LanguageLines})
 * marked where a link starts, joined a line with the bare link name after it, blanked a category line or cut the end
 * matter off; those lines are matched back to the scraped ones here, character by character, and what was blanked
 * or cut off is noted as a removal.
 */
final class SourceMap {

    private static final int DETAIL_CHARS = 80;

    private final int[] lineStart;
    /** Per line read, the source offset of each character, or null where the line is the scraped line unchanged. */
    private final int[][] origins;
    private final int[] sameAs;

    private SourceMap(int[] lineStart, int[][] origins, int[] sameAs) {
        this.lineStart = lineStart;
        this.origins = origins;
        this.sameAs = sameAs;
    }

    /**
     * @param scraped  the scraped lines, as joined they are the source
     * @param read     the lines as the language's reading left them
     * @param removals told of the scraped lines the reading dropped
     */
    static SourceMap of(List<String> scraped, List<String> read, Removals removals) {
        int[] lineStart = new int[scraped.size()];
        for (int i = 1; i < lineStart.length; i++) {
            lineStart[i] = lineStart[i - 1] + scraped.get(i - 1).length() + 1;
        }
        int[][] origins = new int[read.size()][];
        int[] sameAs = new int[read.size()];
        Arrays.fill(sameAs, -1);
        if (read.equals(scraped)) {
            for (int k = 0; k < sameAs.length; k++) {
                sameAs[k] = k;
            }
            return new SourceMap(lineStart, origins, sameAs);
        }
        int i = 0;
        for (int k = 0; k < read.size(); k++) {
            String line = read.get(k);
            while (i < scraped.size() && !line.isEmpty() && scraped.get(i).isEmpty()) {
                i++;
            }
            if (i >= scraped.size()) {
                origins[k] = unknown(line);
                continue;
            }
            if (line.equals(scraped.get(i))) {
                sameAs[k] = i++;
                continue;
            }
            int[] map = unknown(line);
            int at = match(scraped.get(i), line, 0, map, lineStart[i]);
            if (at < 0 && !line.isBlank() && i + 1 < scraped.size()
                    && match(scraped.get(i + 1), line, 0, unknown(line), 0) >= 0) {
                // the reading dropped a line without leaving a blank one in its place
                removals.add(lineStart[i], lineStart[i] + scraped.get(i).length(), Removal.Reason.END_MATTER,
                        detail(scraped.get(i)));
                i++;
                at = match(scraped.get(i), line, 0, map, lineStart[i]);
            }
            if (at < 0) {
                if (line.isBlank()) {
                    removals.add(lineStart[i], lineStart[i] + scraped.get(i).length(), Removal.Reason.END_MATTER,
                            detail(scraped.get(i)));
                }
                i++;
                origins[k] = map;
                continue;
            }
            i++;
            // "… signed between the" + " [ ]Soviet Union": the reading joined the next line onto this one
            while (i < scraped.size() && !scraped.get(i).isEmpty() && hasWords(line, at)) {
                int next = match(scraped.get(i), line, at, map, lineStart[i]);
                if (next < 0) {
                    break;
                }
                at = next;
                i++;
            }
            origins[k] = map;
        }
        while (i < scraped.size() && scraped.get(i).isBlank()) {
            i++;
        }
        if (i < scraped.size()) {
            removals.addToEnd(lineStart[i], Removal.Reason.END_MATTER, detail(scraped.get(i)));
        }
        return new SourceMap(lineStart, origins, sameAs);
    }

    /** The first words of a line, for a removal's detail. */
    static String detail(String line) {
        String text = Markup.spacing(line);
        return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS - 1) + "…";
    }

    private static int[] unknown(String line) {
        int[] map = new int[line.length()];
        Arrays.fill(map, -1);
        return map;
    }

    /**
     * Finds the scraped line's characters, in order, in the line read from {@code from} on, noting their source
     * offsets; returns where the match ends, or -1 if the line read does not hold them all.
     */
    private static int match(String scraped, String read, int from, int[] map, int start) {
        int j = from;
        for (int c = 0; c < scraped.length(); c++) {
            char wanted = scraped.charAt(c);
            while (j < read.length() && read.charAt(j) != wanted) {
                j++;
            }
            if (j == read.length()) {
                return -1;
            }
            map[j++] = start + c;
        }
        return j;
    }

    private static boolean hasWords(String line, int from) {
        for (int j = from; j < line.length(); j++) {
            if (Character.isLetterOrDigit(line.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** Where the character at {@code column} of line {@code line} read stands in the source, or -1 if nowhere. */
    int origin(int line, int column) {
        return sameAs[line] >= 0 ? lineStart[sameAs[line]] + column : origins[line][column];
    }
}
