package org.primarysources.archive.core.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one test: a throw-away schema in the PostgreSQL at
 * {@code archive.test.postgres.url} (the build sets it to the server its start-postgres execution started; without
 * it, e.g. in an IDE, {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code postgres}.
 * Hibernate validates the mappings against the migrated schema, exactly as at start-up in the server.
 * {@link #empty()} gives a schema without migrations (what a restore starts from); {@link #pooled(int)} one whose
 * {@code EntityManager}s keep their connections in a pool, as the application server's pool does (a benchmark's
 * workers would otherwise start a PostgreSQL backend for every transaction).
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private final String schema;
    private final DataSource dataSource;
    private final PooledDataSource pool;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(boolean migrated, int pooledConnections) {
        this.schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.dataSource = postgres(schema);
        this.pool = pooledConnections == 0 ? null : new PooledDataSource(dataSource, pooledConnections);
        if (migrated) {
            Migrations.migrate(dataSource, null);
            entityManagerFactory();
        }
    }

    public static TestDatabase create() {
        return new TestDatabase(true, 0);
    }

    /** Migrated, with up to {@code connections} idle connections kept open for its {@code EntityManager}s. */
    public static TestDatabase pooled(int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection: " + connections);
        }
        return new TestDatabase(true, connections);
    }

    /** A schema of its own with no tables; JPA works on it once something has migrated it. */
    public static TestDatabase empty() {
        return new TestDatabase(false, 0);
    }

    private synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            Map<String, Object> settings = Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", pool == null ? dataSource : pool,
                    "hibernate.transaction.jta.platform",
                    "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                    "hibernate.hbm2ddl.auto", "validate");
            entityManagerFactory = Persistence.createEntityManagerFactory("archive", settings);
        }
        return entityManagerFactory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction and commits it (rolls back if it throws). */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() throws SQLException {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        if (pool != null) {
            pool.closeAll();
        }
        try (Connection c = postgres(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static DataSource postgres(String schema) {
        String url = System.getProperty("archive.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        if (ANNOUNCED.compareAndSet(false, true)) {
            System.out.println("TestDatabase: PostgreSQL at " + url); // once: which server the tests use
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getProperty("archive.test.postgres.user", "postgres"));
        pg.setPassword(System.getProperty("archive.test.postgres.password", ""));
        if (schema != null) {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + pg.getUrl() + " is needed for this test", e);
            }
            pg.setCurrentSchema(schema);
        }
        return pg;
    }
}
