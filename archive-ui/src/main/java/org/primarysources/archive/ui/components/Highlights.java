package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search engine's highlighted fragment — escaped text with the matched words in {@code <mark>…</mark>} — shown
 * as text and {@link Mark}s. The fragment is never handed to the browser as HTML: it is split at the mark tags and
 * every piece is unescaped and set as text, so whatever else it holds shows as the characters it is.
 */
public final class Highlights {

    private static final Pattern MARK_TAG = Pattern.compile("<mark>|</mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    private Highlights() {
    }

    /** One run of the fragment's text, marked as a match or not. */
    public record Piece(String text, boolean marked) {
    }

    /** The fragment as runs of plain text, in order; empty runs are left out. */
    public static List<Piece> pieces(String highlight) {
        List<Piece> pieces = new ArrayList<>();
        if (highlight == null || highlight.isEmpty()) {
            return pieces;
        }
        Matcher tags = MARK_TAG.matcher(highlight);
        boolean marked = false;
        int at = 0;
        while (tags.find()) {
            add(pieces, highlight.substring(at, tags.start()), marked);
            marked = tags.group().equals("<mark>");
            at = tags.end();
        }
        add(pieces, highlight.substring(at), marked);
        return pieces;
    }

    /** The fragment as a component: text with the matched words in {@link Mark}s. */
    public static Component render(String highlight) {
        Span fragment = new Span();
        for (Piece piece : pieces(highlight)) {
            fragment.add(piece.marked() ? new Mark(piece.text()) : new Text(piece.text()));
        }
        return fragment;
    }

    /** The text an HTML-escaped string stands for ({@code &lt;} is {@code <}); unknown entities stay as written. */
    public static String unescape(String escaped) {
        Matcher entity = ENTITY.matcher(escaped);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(text, Matcher.quoteReplacement(character(entity.group(1))));
        }
        entity.appendTail(text);
        return text.toString();
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            }
        };
    }

    private static void add(List<Piece> pieces, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            pieces.add(new Piece(unescape(escaped), marked));
        }
    }
}
