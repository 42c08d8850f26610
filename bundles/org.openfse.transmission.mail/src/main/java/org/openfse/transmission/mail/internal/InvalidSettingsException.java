package org.openfse.transmission.mail.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used. {@link #getMessage()} is English for logs and names the
 * attributes and codes only (never a value); {@link #messages(Locale)} gives the French texts
 * for the user.
 */
final class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String pid;
    private final transient List<SettingsProblem> problems;

    InvalidSettingsException(String pid, List<SettingsProblem> problems) {
        super("invalid configuration " + pid + ": " + problems.stream()
                .map(p -> p.attribute() + " (" + p.code() + ")").collect(Collectors.joining(", ")));
        this.pid = pid;
        this.problems = List.copyOf(problems);
    }

    /** The configuration PID concerned. */
    String pid() {
        return pid;
    }

    /** What is wrong, in attribute order. */
    List<SettingsProblem> problems() {
        return problems;
    }

    /** The user texts of the problems. */
    List<String> messages(Locale locale) {
        return problems.stream().map(p -> Messages.format(locale, p.code(), p.arguments().toArray())).toList();
    }
}
