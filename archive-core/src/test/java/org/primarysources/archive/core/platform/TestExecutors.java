package org.primarysources.archive.core.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;

/** The container's executor outside the container, for tests: a {@link ManagedExecutorService} over a plain pool. */
public final class TestExecutors {

    private TestExecutors() {
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
