package org.primarysources.archive.core.platform;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness against the machine's PostgreSQL and against a "database" that is away: DOWN while it is, UP again as
 * soon as it is back, without a new check; never longer than the probe's patience.
 */
class DatabaseReadinessIT {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        pool.shutdownNow();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void downWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        Switchable database = new Switchable(postgres(freePort()));
        DatabaseReadiness readiness = new DatabaseReadiness(database.dataSource(), TestExecutors.managed(pool));

        HealthCheckResponse away = readiness.call();
        database.target = postgres(5432);
        HealthCheckResponse back = readiness.call();

        assertThat(away.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(away.getData()).hasValueSatisfying(data -> assertThat(data.get("error").toString())
                .contains("refused"));
        assertThat(back.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(back.getData()).hasValueSatisfying(data -> assertThat(data.get("product"))
                .isEqualTo("PostgreSQL"));
    }

    @Test
    void aServerThatTakesTheConnectionAndNeverAnswersIsDownWithinThePatience() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            pool.submit(() -> {
                while (!silent.isClosed()) {
                    accepted.add(silent.accept());
                }
                return null;
            });
            DatabaseReadiness readiness = new DatabaseReadiness(postgres(silent.getLocalPort()),
                    TestExecutors.managed(pool));

            long started = System.nanoTime();
            HealthCheckResponse first = readiness.call();
            HealthCheckResponse second = readiness.call();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(second.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(took).isLessThan(DatabaseProbe.PATIENCE.multipliedBy(2).plusSeconds(2));
            assertThat(accepted).as("the hanging connection attempt is not repeated").hasSize(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static DataSource postgres(int port) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/test");
        pg.setUser("postgres");
        return pg;
    }

    /** A data source whose database can be swapped, as a pool reconnects to a database that came back. */
    private static final class Switchable {
        volatile DataSource target;

        Switchable(DataSource target) {
            this.target = target;
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
