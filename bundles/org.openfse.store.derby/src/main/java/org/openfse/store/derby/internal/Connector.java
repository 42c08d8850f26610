package org.openfse.store.derby.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens JDBC connections to one database, embedded or through the network client. Secrets go in
 * the connection properties, never in the URL (which may be logged).
 */
final class Connector {

    /** Derby keeps the tables of an unauthenticated embedded connection in schema APP. */
    static final String SCHEMA = "APP";

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private final String description;

    private Connector(Driver driver, String url, Properties properties, String description) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.url = url;
        this.properties = properties;
        this.description = description;
    }

    /**
     * The local database in {@code options.databaseFolder()}.
     *
     * @param driver Derby's embedded driver
     */
    static Connector embedded(Driver driver, StoreOptions options) {
        Properties properties = new Properties();
        if (!options.networkPassword().isEmpty()) {
            properties.setProperty("user", StoreOptions.NETWORK_USER);
            properties.setProperty("password", options.networkPassword());
        }
        if (!options.bootPassword().isEmpty()) {
            properties.setProperty("bootPassword", options.bootPassword());
        }
        String folder = options.databaseFolder().toString();
        return new Connector(driver, "jdbc:derby:" + folder, properties, folder);
    }

    /**
     * The database shared by a server workstation.
     *
     * @param driver Derby's network client driver
     */
    static Connector client(Driver driver, StoreOptions options) {
        Properties properties = new Properties();
        properties.setProperty("user", StoreOptions.NETWORK_USER);
        properties.setProperty("password", options.networkPassword());
        String host = options.serverHost().contains(":") && !options.serverHost().startsWith("[")
                ? "[" + options.serverHost() + "]" : options.serverHost();
        String address = host + ":" + options.port();
        return new Connector(driver, "jdbc:derby://" + address + "/" + NetworkServer.DATABASE_NAME, properties,
                address + "/" + NetworkServer.DATABASE_NAME);
    }

    /** The same database, with extra connection attributes for one connection (boot options). */
    Connection connect(Properties extra) throws SQLException {
        Properties all = new Properties();
        all.putAll(properties);
        all.putAll(extra);
        Connection connection = driver.connect(url, all);
        if (connection == null) {
            throw new SQLException("the Derby driver does not accept " + url);
        }
        try {
            connection.setSchema(SCHEMA);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /** Sends {@code shutdown=true}; Derby answers a clean shutdown with SQLState 08006. */
    void shutdown() throws SQLException {
        Properties all = new Properties();
        all.putAll(properties);
        all.setProperty("shutdown", "true");
        Connection connection = driver.connect(url, all);
        if (connection != null) {
            connection.close();
        }
    }

    /** The folder or {@code host:port/name}, for messages. */
    String description() {
        return description;
    }

    String url() {
        return url;
    }
}
