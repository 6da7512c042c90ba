package org.primarysources.archive.deploy;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The archive's PostgreSQL, as Payara's pool gets its connections: pgjdbc with the archive's connection settings,
 * and a clear refusal of any other database's URL — above all the H2 URL of a data dir from an older archive.
 * Payara sets {@code url}, {@code user} and {@code password}.
 * <p>
 * Settings a URL does not name itself: batched inserts rewritten into multi-row ones (publishing and imports insert
 * in batches), TCP keep-alive and bounded connect and login times. No socket timeout: a migration or an audit may
 * rightly run long; the pool validates each connection it hands out, so one left dead by a restart is dropped.
 */
public class PostgresDataSource implements DataSource {

    private static final String OLDER_ARCHIVES_URL = "jdbc:h2:";
    private static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 10;
    private static final Map<PGProperty, String> SETTINGS = Map.of(
            PGProperty.REWRITE_BATCHED_INSERTS, "true",
            PGProperty.TCP_KEEP_ALIVE, "true",
            PGProperty.CONNECT_TIMEOUT, "10",
            PGProperty.APPLICATION_NAME, "archive");

    private String url;
    private String user;
    private String password;
    private volatile PGSimpleDataSource postgres;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.postgres = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.postgres = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.postgres = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return postgres().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return postgres().getConnection(username, password);
    }

    PGSimpleDataSource postgres() throws SQLException {
        PGSimpleDataSource current = postgres;
        if (current == null) {
            current = create();
            postgres = current;
        }
        return current;
    }

    private PGSimpleDataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("archive.db.url (ARCHIVE_DB_URL) is not set; it must be a jdbc:postgresql:// URL");
        }
        if (url.startsWith(OLDER_ARCHIVES_URL)) {
            throw new SQLException("archive.db.url is a jdbc:h2: URL: this data dir was made by an older archive that "
                    + "used H2; the archive now runs on PostgreSQL. Export what you need through the older release's "
                    + "API (/api/sources, /api/records), then start this one on a new data dir and re-import the "
                    + "articles with ./archive import.");
        }
        Properties named = url.startsWith("jdbc:postgresql:") ? Driver.parseURL(url, null) : null;
        if (named == null) {
            throw new SQLException("archive.db.url must be a PostgreSQL URL (jdbc:postgresql://host:port/database), "
                    + "not one starting " + scheme(url));
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        SETTINGS.forEach((setting, value) -> {
            if (!setting.isPresent(named)) {
                pg.setProperty(setting, value);
            }
        });
        if (!PGProperty.LOGIN_TIMEOUT.isPresent(named)) {
            pg.setLoginTimeout(loginTimeout > 0 ? loginTimeout : DEFAULT_LOGIN_TIMEOUT_SECONDS);
        }
        if (user != null && !user.isBlank()) {
            pg.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            pg.setPassword(password);
        }
        return pg;
    }

    /** The URL up to its second colon ({@code jdbc:mysql:}): enough to name the database, never a password. */
    private static String scheme(String url) {
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? url : url.substring(0, second + 1);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // pgjdbc logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
        this.postgres = null;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return postgres().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || postgres().isWrapperFor(type);
    }
}
