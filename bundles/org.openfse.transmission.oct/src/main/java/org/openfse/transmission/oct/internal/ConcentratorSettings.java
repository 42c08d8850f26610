package org.openfse.transmission.oct.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One concentrator's configuration ({@link ConcentratorConfig}), checked once and immutable.
 * Equal settings mean nothing to restart. {@link #toString()} never shows the password.
 *
 * @param id stable identifier, also the transport id
 * @param name name shown to the user ("Nom du concentrateur")
 * @param teletransmission lots are sent through it ("Télétransmission")
 * @param pec it handles coverage requests ("PEC")
 * @param host endpoint host; empty only when {@code teletransmission} is off
 * @param port endpoint port, 1 to 65535
 * @param secure HTTPS (true) or plain HTTP on loopback (false)
 * @param user account at the concentrator, may be empty
 * @param password password of that account, may be empty
 * @param blockWhileDocumentsMissing "Blocage télétransmission des FSE si documents absents"
 * @param autoLettrageAfterRsp "Lettrage auto. suite à l'intégration des fichiers RSP"
 * @param defaultNormB2 "Norme B2 par défaut"
 * @param integrateRspAfterTransmission "Intégrer les fichiers RSP après télétransmission"
 * @param checkRegimeAcceptsTeletransmission "Contrôle télétransmission active du régime"
 * @param topM "Demande à la CPAM de transmettre à la mutuelle (top M)"
 */
record ConcentratorSettings(String id, String name, boolean teletransmission, boolean pec, String host, int port,
        boolean secure, String user, String password, boolean blockWhileDocumentsMissing, boolean autoLettrageAfterRsp,
        boolean defaultNormB2, boolean integrateRspAfterTransmission, boolean checkRegimeAcceptsTeletransmission,
        boolean topM) {

    /** Transport id of the mail transport, which a concentrator may not take. */
    static final String MAIL_TRANSPORT_ID = "mail";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

    ConcentratorSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads and checks one concentrator's configuration. Text is trimmed; the password is kept
     * exactly as given.
     *
     * @throws InvalidSettingsException listing every problem found, not only the first
     */
    static ConcentratorSettings from(ConcentratorConfig config) throws InvalidSettingsException {
        List<SettingsProblem> problems = new ArrayList<>();
        String id = trimmed(config.id());
        if (id.isEmpty()) {
            problems.add(new SettingsProblem("id", "id.blank", List.of()));
        } else if (!ID.matcher(id).matches()) {
            problems.add(new SettingsProblem("id", "id.invalid", List.of(id)));
        } else if (id.toLowerCase(Locale.ROOT).equals(MAIL_TRANSPORT_ID)) {
            problems.add(new SettingsProblem("id", "id.reserved", List.of(id)));
        }
        String name = trimmed(config.name());
        if (name.isEmpty()) {
            problems.add(new SettingsProblem("name", "name.blank", List.of()));
        }
        String host = trimmed(config.host());
        if (host.isEmpty()) {
            if (config.teletransmission()) {
                problems.add(new SettingsProblem("host", "host.blank", List.of()));
            }
        } else if (!HOST.matcher(host).matches()) {
            problems.add(new SettingsProblem("host", "host.invalid", List.of(host)));
        }
        int port = config.port();
        if (port < 1 || port > 65535) {
            problems.add(new SettingsProblem("port", "port.range", List.of(String.valueOf(port))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(ConcentratorConfig.FACTORY_PID, problems);
        }
        return new ConcentratorSettings(id, name, config.teletransmission(), config.pec(), host, port, config.secure(),
                trimmed(config.user()), config.password() == null ? "" : config.password(),
                config.blockWhileDocumentsMissing(), config.autoLettrageAfterRsp(), config.defaultNormB2(),
                config.integrateRspAfterTransmission(), config.checkRegimeAcceptsTeletransmission(), config.topM());
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "ConcentratorSettings[id=" + id + ", name=" + name + ", teletransmission=" + teletransmission + ", pec="
                + pec + ", endpoint=" + host + ":" + port + ", secure=" + secure + ", user=" + user + ", password=(hidden)"
                + ", blockWhileDocumentsMissing=" + blockWhileDocumentsMissing + ", autoLettrageAfterRsp="
                + autoLettrageAfterRsp + ", defaultNormB2=" + defaultNormB2 + ", integrateRspAfterTransmission="
                + integrateRspAfterTransmission + ", checkRegimeAcceptsTeletransmission="
                + checkRegimeAcceptsTeletransmission + ", topM=" + topM + "]";
    }
}
