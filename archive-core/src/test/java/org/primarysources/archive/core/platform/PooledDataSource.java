package org.primarysources.archive.core.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the connections a test or benchmark opens and hands them out again, as the application server's pool does:
 * a PostgreSQL connection is a server process, and starting one per transaction costs the server more CPU than a
 * small transaction itself. A connection comes back on {@code close()}, rolled back if a transaction was left open;
 * at most {@code idle} are kept.
 */
final class PooledDataSource implements DataSource {

    private final DataSource connections;
    private final int idle;
    private final Deque<Connection> kept = new ArrayDeque<>();
    private final List<Connection> opened = new ArrayList<>();

    PooledDataSource(DataSource connections, int idle) {
        this.connections = connections;
        this.idle = idle;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection;
        synchronized (kept) {
            connection = kept.pollFirst();
        }
        if (connection == null || connection.isClosed()) {
            connection = connections.getConnection();
            synchronized (kept) {
                opened.add(connection);
            }
        }
        return lent(connection);
    }

    private Connection lent(Connection connection) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(connection);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return returned[0] || connection.isClosed();
                    }
                    if (returned[0]) {
                        throw new SQLException("connection already given back to the pool");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        synchronized (kept) {
            if (kept.size() < idle) {
                kept.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** Closes every connection this pool opened. */
    void closeAll() throws SQLException {
        synchronized (kept) {
            for (Connection connection : opened) {
                connection.close();
            }
            opened.clear();
            kept.clear();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a pool of one user's connections");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return connections.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        connections.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        connections.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return connections.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return connections.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return connections.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return connections.isWrapperFor(type);
    }
}
