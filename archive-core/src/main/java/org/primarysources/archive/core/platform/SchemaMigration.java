package org.primarysources.archive.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, brings the schema to the newest Flyway migration, then lets Hibernate validate its mappings
 * against it (Hibernate never generates the schema). Several instances starting at once are safe: Flyway locks.
 * A start-up singleton rather than a CDI start-up observer: Payara binds the application's resources (data
 * source, persistence unit) only after CDI's own start-up events have run.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<SchemaReady> schemaReady;

    @PostConstruct
    void migrateOnStart() {
        MigrateResult result = Migrations.migrate(dataSource, null);
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        schemaReady.fire(new SchemaReady());
    }
}
