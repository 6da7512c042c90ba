package org.primarysources.archive.core.platform;

/** Where the archive's database is found. The data source itself is defined by the deployment. */
public final class Database {

    /** JNDI name of the archive's data source (defined by the deployment, injected as a CDI bean). */
    public static final String JNDI_NAME = "java:app/jdbc/archive";

    /** Flyway location of the schema's migration scripts (PostgreSQL SQL). */
    public static final String MIGRATIONS = "classpath:db/migration";

    private Database() {
    }
}
