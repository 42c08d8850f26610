package org.openfse.core.health;

import java.util.Objects;

/**
 * The result of one {@link HealthCheck}, printed as one line by {@code openfse cli doctor}.
 *
 * @param subject what was checked, in French ({@code Base de données})
 * @param ok whether it is fine
 * @param detail what was found, in French ({@code Derby 10.17.1.0, schéma v1}) or what to do
 */
public record HealthResult(String subject, boolean ok, String detail) {
    public HealthResult {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
