package org.openfse.transmission.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The mail transport's configuration, checked once and immutable. Equal options mean nothing to
 * restart. {@link #toString()} never shows the password.
 *
 * @param smtpHost SMTP server name or address
 * @param smtpPort 1 to 65535
 * @param smtpSecurity SMTP protection
 * @param pop3Host POP3 server name or address
 * @param pop3Port 1 to 65535
 * @param pop3Security POP3 protection
 * @param user account name on both servers
 * @param password account password
 * @param senderAddress address the lots are sent from
 * @param recipientDomain domain of the payers' addresses, empty when destinations are addresses
 */
record MailOptions(String smtpHost, int smtpPort, MailSecurity smtpSecurity, String pop3Host, int pop3Port,
        MailSecurity pop3Security, String user, String password, String senderAddress, String recipientDomain) {

    /** A mail domain: labels of letters, digits and hyphens separated by single dots, at least two labels. */
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /** A host name or address: no blank, no space, no scheme or path. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

    /**
     * A mail address as the lots' sender: one {@code @}, a non-empty local part without spaces,
     * a domain with at least one dot (or a bracketed address) and no spaces.
     */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@(?:[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^@\\s\\]]+\\])");

    MailOptions {
        Objects.requireNonNull(smtpHost, "smtpHost");
        Objects.requireNonNull(smtpSecurity, "smtpSecurity");
        Objects.requireNonNull(pop3Host, "pop3Host");
        Objects.requireNonNull(pop3Security, "pop3Security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(senderAddress, "senderAddress");
        Objects.requireNonNull(recipientDomain, "recipientDomain");
    }

    /**
     * The address a lot for {@code destination} goes to: the destination itself when it is an
     * address, else its digits (spaces removed) at {@link #recipientDomain()}.
     *
     * @throws IllegalArgumentException when neither gives an address
     */
    String recipientFor(String destination) {
        String trimmed = destination.strip();
        if (ADDRESS.matcher(trimmed).matches()) {
            return trimmed;
        }
        String local = trimmed.replace(" ", "");
        if (recipientDomain.isEmpty() || !local.matches("[0-9A-Za-z]+")) {
            throw new IllegalArgumentException("no mail address for destination '" + destination + "'");
        }
        return local + "@" + recipientDomain;
    }

    /**
     * Reads and checks a configuration. Hosts, user and address are trimmed; the password is
     * kept exactly as given.
     *
     * @throws InvalidSettingsException listing every problem found, not only the first
     */
    static MailOptions from(MailSettings settings) throws InvalidSettingsException {
        List<SettingsProblem> problems = new ArrayList<>();
        String smtpHost = host(problems, "smtpHost", settings.smtpHost());
        int smtpPort = port(problems, "smtpPort", settings.smtpPort());
        MailSecurity smtpSecurity = security(problems, "smtpSecurity", settings.smtpSecurity());
        String pop3Host = host(problems, "pop3Host", settings.pop3Host());
        int pop3Port = port(problems, "pop3Port", settings.pop3Port());
        MailSecurity pop3Security = security(problems, "pop3Security", settings.pop3Security());
        String user = trimmed(settings.user());
        if (user.isEmpty()) {
            problems.add(new SettingsProblem("user", "user.blank", List.of()));
        }
        String password = settings.password() == null ? "" : settings.password();
        if (password.isEmpty()) {
            problems.add(new SettingsProblem("password", "password.blank", List.of()));
        }
        String senderAddress = trimmed(settings.senderAddress());
        if (senderAddress.isEmpty()) {
            problems.add(new SettingsProblem("senderAddress", "address.blank", List.of()));
        } else if (!ADDRESS.matcher(senderAddress).matches()) {
            problems.add(new SettingsProblem("senderAddress", "address.invalid", List.of(senderAddress)));
        }
        String recipientDomain = trimmed(settings.recipientDomain());
        if (!recipientDomain.isEmpty() && !DOMAIN.matcher(recipientDomain).matches()) {
            problems.add(new SettingsProblem("recipientDomain", "domain.invalid", List.of(recipientDomain)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(MailSettings.PID, problems);
        }
        return new MailOptions(smtpHost, smtpPort, smtpSecurity, pop3Host, pop3Port, pop3Security, user, password,
                senderAddress, recipientDomain);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String host(List<SettingsProblem> problems, String attribute, String value) {
        String host = trimmed(value);
        if (host.isEmpty()) {
            problems.add(new SettingsProblem(attribute, "host.blank", List.of(label(attribute))));
        } else if (!HOST.matcher(host).matches()) {
            problems.add(new SettingsProblem(attribute, "host.invalid", List.of(label(attribute), host)));
        }
        return host;
    }

    private static int port(List<SettingsProblem> problems, String attribute, int port) {
        if (port < 1 || port > 65535) {
            problems.add(new SettingsProblem(attribute, "port.range", List.of(label(attribute), String.valueOf(port))));
        }
        return port;
    }

    private static MailSecurity security(List<SettingsProblem> problems, String attribute, MailSecurity security) {
        if (security == null) {
            problems.add(new SettingsProblem(attribute, "security.missing", List.of(label(attribute))));
        }
        return security;
    }

    /** Which server an attribute is about, for the messages: "SMTP" or "POP3". */
    private static String label(String attribute) {
        return attribute.startsWith("smtp") ? "SMTP" : "POP3";
    }

    @Override
    public String toString() {
        return "MailOptions[smtp=" + smtpHost + ":" + smtpPort + " " + smtpSecurity + ", pop3=" + pop3Host + ":" + pop3Port
                + " " + pop3Security + ", user=" + user + ", password=(hidden), senderAddress=" + senderAddress + ", recipientDomain=" + recipientDomain + "]";
    }
}
