package org.primarysources.archive.core.platform;

/** Where the archive's database is found. The data source itself is defined by the deployment. */
public final class Database {

    /** JNDI name of the archive's data source (defined by the deployment, injected as a CDI bean). */
    public static final String JNDI_NAME = "java:app/jdbc/archive";

    /** Flyway locations: scripts for every database, then the vendor's own ({@code h2}, {@code postgresql}). */
    public static final String[] MIGRATIONS = {"classpath:db/migration/common", "classpath:db/migration/{vendor}"};

    private Database() {
    }
}
