package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.error.DomainException;

/**
 * Short messages after an action: that it worked, or — in the archive's own words, as the server said it — why it
 * did not, that something is away for a moment, or that something failed on our side (with a reference to the
 * log). Notifications are announced to screen readers (they live in an ARIA live region).
 */
public final class Notices {

    private static final int SHORT = 4_000;
    private static final int LONG = 8_000;

    private Notices() {
    }

    public static Notification done(String message) {
        Notification notification = Notification.show(message, SHORT, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification refused(DomainException problem) {
        return failure(sentence(problem.getMessage()));
    }

    /** The database is away for a moment (stopped, restarting): try again. */
    public static Notification databaseUnavailable() {
        return failure(DatabaseOutage.DETAIL);
    }

    /** Something failed that should not have; the reference finds it in the server's log. */
    public static Notification failed(String reference) {
        return failure("Something went wrong; reference " + reference + ".");
    }

    private static Notification failure(String message) {
        Notification notification = Notification.show(message, LONG, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** The server's message as a sentence: capital first letter, full stop at the end. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "That did not work.";
        }
        String text = message.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.matches("(?s).*[.!?]$") ? text : text + ".";
    }
}
