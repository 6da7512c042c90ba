package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.primarysources.archive.core.error.DatabaseOutage;
import org.primarysources.archive.core.error.DomainException;
import org.primarysources.archive.core.error.Refusals;
import org.primarysources.archive.ui.components.Notices;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a failure ends up that no page dealt with itself. A refusal — the archive's own, or a change someone else
 * made first — is shown as the usual notice, in the archive's words. The database being away (stopped, restarting)
 * asks the person to try again in a moment. Anything else is a fault of ours: it is logged with its stack trace
 * under a short reference, and the notice gives that reference, so that what a person reports can be found in the
 * log.
 */
@ApplicationScoped
class ErrorNotices {

    void showInEverySession(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** Vaadin's own handling (error pages, browsers gone away), with notices instead of a log line only. */
    private static final class Handler extends DefaultErrorHandler {

        private static final System.Logger LOG = System.getLogger(ErrorNotices.class.getName());

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            if (!shouldHandle(failure) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(failure)) {
                // the browser went away before the answer (nobody to tell), or a page explains it (access denied)
                return;
            }
            Optional<DomainException> refusal = Refusals.of(failure);
            if (refusal.isPresent()) {
                if (UI.getCurrent() != null) {
                    Notices.refused(refusal.get());
                }
                return;
            }
            if (DatabaseOutage.caused(failure)) {
                LOG.log(System.Logger.Level.DEBUG, "the database is unavailable", failure);
                if (UI.getCurrent() != null) {
                    Notices.databaseUnavailable();
                }
                return;
            }
            String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure in the browser, reference " + reference, failure);
            if (UI.getCurrent() != null) {
                Notices.failed(reference);
            }
        }
    }
}
