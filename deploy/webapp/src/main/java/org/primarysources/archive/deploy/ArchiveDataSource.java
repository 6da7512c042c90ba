package org.primarysources.archive.deploy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The archive's one data source. Configured by system property or environment variable (MicroProfile Config
 * names): {@code archive.db.url} / {@code ARCHIVE_DB_URL}, {@code archive.db.user}, {@code archive.db.password}.
 * The URL decides the database: {@code jdbc:h2:…} (the embedded default) or {@code jdbc:postgresql://…}.
 * (Payara resolves these before the application's own config file is read, so they cannot live there.)
 */
@DataSourceDefinition(
        name = "java:app/jdbc/archive",
        className = "org.primarysources.archive.deploy.VendorDataSource",
        url = "${MPCONFIG=archive.db.url:jdbc:h2:file:./data/db/archive;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=archive.db.user:sa}",
        password = "${MPCONFIG=archive.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
class ArchiveDataSource {
}
