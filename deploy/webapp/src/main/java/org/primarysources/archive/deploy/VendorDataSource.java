package org.primarysources.archive.deploy;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that becomes H2's or PostgreSQL's according to its URL, so one definition serves the embedded
 * default and a shared PostgreSQL alike. Payara sets {@code url}, {@code user} and {@code password}.
 */
public class VendorDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource vendor;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.vendor = null;
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
        this.vendor = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.vendor = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return vendor().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return vendor().getConnection(username, password);
    }

    DataSource vendor() throws SQLException {
        DataSource current = vendor;
        if (current == null) {
            current = create();
            vendor = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("archive.db.url is not set");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            if (user != null && !user.isBlank()) {
                pg.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                pg.setPassword(password);
            }
            return pg;
        }
        throw new SQLException("archive.db.url must start with jdbc:h2: or jdbc:postgresql:, not " + url);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // vendor data sources log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
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
        return vendor().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || vendor().isWrapperFor(type);
    }
}
