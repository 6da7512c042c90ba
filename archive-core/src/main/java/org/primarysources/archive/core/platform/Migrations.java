package org.primarysources.archive.core.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;
import javax.sql.DataSource;

/**
 * The archive's schema migrations (Flyway, scripts under {@code db/migration}): run by the application at
 * start-up, by tests, and by the launcher's restore, so all three build exactly the same schema.
 */
public final class Migrations {

    /** The column type the scripts name {@code ${long_text}}: texts of up to 10 MB, which TEXT holds. */
    private static final String LONG_TEXT = "TEXT";

    private Migrations() {
    }

    /** Migrates to the newest version, or to {@code target} when given (a version such as {@code "6"}). */
    public static MigrateResult migrate(DataSource dataSource, String target) {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(Database.MIGRATIONS)
                .placeholders(Map.of("long_text", LONG_TEXT));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load().migrate();
    }
}
