package org.primarysources.archive.core.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** The container's executor outside the container, for tests: a {@link ManagedExecutorService} over a plain pool. */
public final class TestExecutors {

    private TestExecutors() {
    }

    /** Runs every task at once, in the calling thread: a test sees what a background task did when it returns. */
    public static ManagedExecutorService direct() {
        return managed(new AbstractExecutorService() {
            private volatile boolean shutdown;

            @Override
            public void execute(Runnable task) {
                task.run();
            }

            @Override
            public void shutdown() {
                shutdown = true;
            }

            @Override
            public List<Runnable> shutdownNow() {
                shutdown = true;
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return shutdown;
            }

            @Override
            public boolean isTerminated() {
                return shutdown;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        });
    }

    /** Every call of an {@link ExecutorService} method goes to the pool (the managed extras are not needed here). */
    public static ManagedExecutorService managed(ExecutorService pool) {
        return (ManagedExecutorService) Proxy.newProxyInstance(TestExecutors.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
