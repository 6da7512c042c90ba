package org.primarysources.archive.ui.layout;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.ui.testing.ArchiveUi;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorNoticesTest {

    private static final Pattern GENERIC = Pattern.compile("Something went wrong; reference ([0-9a-f]{8})\\.");

    private final Logger log = Logger.getLogger(ErrorNotices.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        ArchiveUi.openAs("eda", Role.EDITOR, "review");
    }

    @AfterEach
    void stop() {
        ArchiveUi.stop();
        log.setUseParentHandlers(true);
        log.removeHandler(capture);
    }

    /** What Vaadin does with an exception a page's listener did not catch. */
    private static void failWith(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void refusalAnywhereInTheCauseChainIsShownAsTheUsualNotice() {
        failWith(new IllegalStateException("an observer failed",
                new ForbiddenException("nobody approves their own change")));

        assertThat(notices()).containsExactly("Nobody approves their own change.");
        assertThat(NotificationsKt.getNotifications()).allSatisfy(notice -> assertThat(notice.getThemeNames())
                .contains("error"));
        assertThat(logged).isEmpty();
    }

    @Test
    void changeSomeoneElseCommittedFirstIsShownAsAConflict() {
        RollbackException rollback = new RollbackException("the transaction was marked for rollback");
        rollback.initCause(new OptimisticLockException(
                new StaleObjectStateException("org.primarysources.archive.core.review.ChangeRequest", 42L)));

        failWith(new TransactionalException("exception during commit", rollback));

        assertThat(notices()).containsExactly("Someone else changed this at the same time; reload and try again.");
        assertThat(logged).isEmpty();
    }

    @Test
    void theDatabaseBeingAwayAsksToTryAgainInsteadOfAReference() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        PersistenceException failure = new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused));

        failWith(new TransactionalException("exception during commit", failure));

        assertThat(notices()).containsExactly("The database is unavailable; try again in a moment.");
        assertThat(NotificationsKt.getNotifications()).allSatisfy(notice -> assertThat(notice.getThemeNames())
                .contains("error"));
        assertThat(logged).as("not a fault of ours")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.INFO.intValue());
    }

    @Test
    void anythingElseIsShownWithAReferenceThatTheLogCarriesWithTheStackTrace() {
        IllegalStateException failure = new IllegalStateException("the connection pool is exhausted");

        failWith(failure);

        assertThat(notices()).hasSize(1);
        Matcher notice = GENERIC.matcher(notices().get(0));
        assertThat(notice.matches()).as(notices().get(0)).isTrue();
        assertThat(NotificationsKt.getNotifications().get(0).getThemeNames()).contains("error");
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(entry.getMessage()).contains("reference " + notice.group(1));
            assertThat(entry.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void failureThatHasItsOwnPageStillOpensIt() {
        failWith(new AccessDeniedException());

        assertThat(ArchiveUi.currentPage()).isEqualTo(AccessDeniedView.class);
        assertThat(notices()).isEmpty();
        assertThat(logged).isEmpty();
    }

    @Test
    void browserThatWentAwayIsToldNothing() {
        failWith(new java.net.SocketException("Broken pipe"));

        assertThat(notices()).isEmpty();
        assertThat(logged).isEmpty();
    }
}
