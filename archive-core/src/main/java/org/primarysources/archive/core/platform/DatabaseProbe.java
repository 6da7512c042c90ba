package org.primarysources.archive.core.platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Asks the database a health check's question without ever holding up {@code /health}: the question runs on another
 * thread, and the check waits for it at most its patience. A question still unanswered is not asked again — the next
 * check waits for the same answer — so a database that hangs ties up one thread per check, not one per request.
 *
 * @param <T> the check's answer
 */
public final class DatabaseProbe<T> {

    /** How long a health check waits for the database: longer than a query's own 2 s timeout. */
    public static final Duration PATIENCE = Duration.ofSeconds(3);

    private final ExecutorService executor;
    private final Duration patience;
    private Future<T> pending;

    public DatabaseProbe(ExecutorService executor, Duration patience) {
        this.executor = executor;
        this.patience = patience;
    }

    /**
     * The answer to the question; or, when the database failed to answer or did not answer in time, what
     * {@code otherwise} makes of the reason.
     */
    public T ask(Callable<T> question, Function<String, T> otherwise) {
        try {
            return pendingOr(question).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return otherwise.apply("no answer within " + patience.toSeconds() + " s");
        } catch (ExecutionException e) {
            return otherwise.apply(String.valueOf(e.getCause().getMessage()));
        } catch (RejectedExecutionException e) {
            return otherwise.apply("the server is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise.apply("interrupted while waiting for the database");
        }
    }

    private synchronized Future<T> pendingOr(Callable<T> question) {
        if (pending == null || pending.isDone()) {
            pending = executor.submit(question);
        }
        return pending;
    }
}
