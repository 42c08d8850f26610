package org.openfse.store.derby.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openfse.core.store.StoreException;

/**
 * The store's configuration, checked once and immutable. {@link #toString()} never shows the
 * passwords.
 *
 * @param dataFolder the data folder (database in {@code db}), absolute
 * @param mode embedded, server or client
 * @param serverHost client mode: the server workstation
 * @param listenAddress server mode: the address the network server listens on
 * @param port server and client modes: the network port
 * @param networkPassword server and client modes: the password of the network user
 * @param encrypted whether the data must be encrypted at rest
 * @param bootPassword the boot password of an encrypted database, empty when none
 */
record StoreOptions(Path dataFolder, StoreMode mode, String serverHost, String listenAddress, int port,
        String networkPassword, boolean encrypted, String bootPassword) {

    /** The network user: one account shared by the workstations of a practice. */
    static final String NETWORK_USER = "openfse";

    /** Derby refuses shorter boot passwords. */
    static final int MIN_BOOT_PASSWORD = 8;

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

    StoreOptions {
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(serverHost, "serverHost");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(networkPassword, "networkPassword");
        Objects.requireNonNull(bootPassword, "bootPassword");
    }

    /** A local database in {@code dataFolder}, not encrypted (tests, tools). */
    static StoreOptions embedded(Path dataFolder) {
        return new StoreOptions(dataFolder.toAbsolutePath().normalize(), StoreMode.EMBEDDED, "", "0.0.0.0", 1527, "",
                false, "");
    }

    /**
     * Reads and checks a configuration.
     *
     * @throws StoreException listing every problem found, in French for the user
     */
    static StoreOptions from(DerbyStoreConfig config, Path dataFolder) {
        List<String> problems = new ArrayList<>();
        StoreMode mode = StoreMode.parse(config.mode()).orElse(null);
        if (mode == null) {
            problems.add(Messages.get("config.mode.invalid", String.valueOf(config.mode())));
            mode = StoreMode.EMBEDDED;
        }
        String serverHost = trimmed(config.serverHost());
        String listenAddress = trimmed(config.listenAddress());
        if (listenAddress.isEmpty()) {
            listenAddress = "0.0.0.0";
        }
        String networkPassword = config.networkPassword() == null ? "" : config.networkPassword();
        String bootPassword = config.bootPassword() == null ? "" : config.bootPassword();
        if (mode == StoreMode.CLIENT && serverHost.isEmpty()) {
            problems.add(Messages.get("config.serverHost.missing"));
        } else if (!serverHost.isEmpty() && !HOST.matcher(serverHost).matches()) {
            problems.add(Messages.get("config.serverHost.invalid", serverHost));
        }
        if (mode == StoreMode.SERVER && !HOST.matcher(listenAddress).matches()) {
            problems.add(Messages.get("config.listenAddress.invalid", listenAddress));
        }
        if (config.port() < 1 || config.port() > 65535) {
            problems.add(Messages.get("config.port.invalid", String.valueOf(config.port())));
        }
        if (mode != StoreMode.EMBEDDED && networkPassword.isEmpty()) {
            problems.add(Messages.get("config.networkPassword.missing"));
        }
        if (mode != StoreMode.CLIENT && config.encrypted() && bootPassword.length() < MIN_BOOT_PASSWORD) {
            problems.add(Messages.get(bootPassword.isEmpty() ? "config.bootPassword.missing" : "config.bootPassword.short",
                    String.valueOf(MIN_BOOT_PASSWORD)));
        }
        if (!problems.isEmpty()) {
            throw new StoreException("invalid configuration " + DerbyStore.PID + ": " + problems.size() + " problem(s)",
                    String.join("\n", problems), null);
        }
        return new StoreOptions(dataFolder, mode, serverHost, listenAddress, config.port(), networkPassword,
                config.encrypted(), bootPassword);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /** The database folder, {@code <dataFolder>/db}. */
    Path databaseFolder() {
        return dataFolder.resolve(DataFolders.DATABASE_FOLDER);
    }

    /** The same options with another data folder (a restore's scratch copy). */
    StoreOptions withDataFolder(Path folder) {
        return new StoreOptions(folder, mode, serverHost, listenAddress, port, networkPassword, encrypted, bootPassword);
    }

    /** The same options for a plain local database (no network, same encryption). */
    StoreOptions asEmbedded() {
        return new StoreOptions(dataFolder, StoreMode.EMBEDDED, serverHost, listenAddress, port, networkPassword,
                encrypted, bootPassword);
    }

    @Override
    public String toString() {
        return "StoreOptions[dataFolder=" + dataFolder + ", mode=" + mode + ", serverHost=" + serverHost
                + ", listenAddress=" + listenAddress + ", port=" + port + ", networkPassword="
                + (networkPassword.isEmpty() ? "(none)" : "***") + ", encrypted=" + encrypted + ", bootPassword="
                + (bootPassword.isEmpty() ? "(none)" : "***") + "]";
    }
}
