package org.primarysources.archive.core.platform;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness against the build's PostgreSQL and against a "database" that is away: DOWN while it is, UP again as
 * soon as it is back, without a restart.
 */
class DatabaseReadinessIT {

    @Test
    void downWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        Switchable database = new Switchable(postgres(freePort()));
        DatabaseReadiness readiness = new DatabaseReadiness(new DatabaseProbe(database.dataSource()));

        HealthCheckResponse away = readiness.call();
        HealthCheckResponse back;
        try (TestDatabase running = TestDatabase.empty()) { // the build's server (the machine's, in an IDE)
            database.target = running.dataSource();
            back = readiness.call();
        }

        assertThat(away.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(away.getData()).hasValueSatisfying(data -> assertThat(data.get("error").toString())
                .contains("refused"));
        assertThat(back.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(back.getData()).hasValueSatisfying(data -> assertThat(data.get("product"))
                .isEqualTo("PostgreSQL"));
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
