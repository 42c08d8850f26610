package org.openfse.core.sesam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;

/**
 * A forçage applied to an invoice, with who and when (DOMAIN.md: "Each forçage is stored and shown").
 * Maps one to one to the model's {@code Forcing}: kind {@code kind().coverageForcing()}, indicator
 * {@code value().indicator()}, value {@code value().text()}, period {@link #period()}, at, by.
 *
 * @param value what was forced
 * @param by the user who forced it
 * @param at when
 * @since 1.1
 */
public record ForcingRecord(ForcingValue value, String by, Instant at) {
    public ForcingRecord {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a forcing names who forced it");
        }
    }

    public ForcingKind kind() {
        return value.kind();
    }

    /** The period the forced value applies to, when it has one (service AMO, AMC rights). */
    public Optional<Period> period() {
        if (value instanceof ForcingValue.AmoServiceForcing s) {
            return s.forced().period();
        }
        if (value instanceof ForcingValue.AmcAttestationForcing a && a.attestation().startDate().isPresent()) {
            LocalDate start = a.attestation().startDate().get();
            return Optional.of(new Period(start, a.attestation().endDate().filter(end -> !end.isBefore(start))));
        }
        return Optional.empty();
    }
}
