package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.html.Span;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.review.ChangeState;

/**
 * Short labels that say what something is or where it stands, in Lumo's badge style. Each says it in words, never
 * by colour alone.
 */
public final class Badges {

    private Badges() {
    }

    public static Span kind(RecordKind kind) {
        return badge(kindName(kind), "contrast", "archive-badge-kind");
    }

    /** The kind in words: {@code Clause}, {@code Quote}, {@code Entity}; a hit of no record kind is a source. */
    public static String kindName(RecordKind kind) {
        return kind == null ? "Source" : capitalised(kind.name());
    }

    /** Whether a clause's or quote's words were found in the cited source; nothing for entities. */
    public static Span verification(Verification verification) {
        if (verification == null) {
            return null;
        }
        return switch (verification) {
            case VERIFIED -> badge("Verified in source", "success", "archive-badge-verified");
            case AMBIGUOUS -> badge("Found more than once in source", "contrast", "archive-badge-ambiguous");
            case NOT_FOUND -> badge("Not found in source", "error", "archive-badge-not-found");
        };
    }

    public static Span state(ChangeState state) {
        String variant = switch (state) {
            case APPROVED -> "success";
            case REJECTED, WITHDRAWN -> "error";
            case IN_REVIEW -> "";
            case DRAFT, CHANGES_REQUESTED -> "contrast";
        };
        return badge(stateName(state), variant, "archive-badge-state");
    }

    /** A change's state in words: {@code In review}, {@code Changes requested}. */
    public static String stateName(ChangeState state) {
        return capitalised(state.name());
    }

    public static Span activity(Activity activity) {
        return badge(capitalised(activity.name()), "", "archive-badge-activity");
    }

    /** A plain badge with the given Lumo variant ({@code success}, {@code error}, {@code contrast} or none). */
    public static Span badge(String text, String variant, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        badge.addClassNames("archive-badge", className);
        return badge;
    }

    private static String capitalised(String constant) {
        return Texts.words(constant);
    }
}
