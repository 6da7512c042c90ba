package org.primarysources.archive.deploy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The archive's one data source, on PostgreSQL. Configured by system property or environment variable
 * (MicroProfile Config names): {@code archive.db.url} / {@code ARCHIVE_DB_URL}, {@code archive.db.user},
 * {@code archive.db.password}; the launcher always passes them. (Payara resolves these before the application's own
 * config file is read, so they cannot live there.) Each connection is validated as the pool hands it out, and one
 * failure drops them all, so the pool recovers by itself when PostgreSQL restarts.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/archive",
        className = "org.primarysources.archive.deploy.PostgresDataSource",
        url = "${MPCONFIG=archive.db.url:jdbc:postgresql://127.0.0.1:5432/archive}",
        user = "${MPCONFIG=archive.db.user:archive}",
        password = "${MPCONFIG=archive.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
class ArchiveDataSource {
}
