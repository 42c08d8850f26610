package org.openfse.tariff.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Money;

/**
 * One dated amount of a {@link TariffTable}.
 *
 * @param code the act or parameter code ({@code AMI}, {@code VU3}, {@code PF}...)
 * @param zone the tariff zone ({@code metro}, {@code dom}...) or {@link #ANY_ZONE}
 * @param validFrom first day the amount applies
 * @param validTo last day the amount applies, empty while it is in force
 * @param amount the amount (unit value of a key letter, base of a device, parameter)
 * @param kind a word the specialty gives its codes ({@code ACT}, {@code MAJORATION}...), may be empty
 * @param source where the amount comes from (text, decision, page), never empty
 */
public record TariffEntry(String code, String zone, LocalDate validFrom, Optional<LocalDate> validTo, Money amount,
        String kind, String source) {

    /** Zone of an amount that is the same everywhere. */
    public static final String ANY_ZONE = "*";

    public TariffEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (code.isBlank() || zone.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("code, zone and source must not be blank");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative amount for " + code + ": " + amount);
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("period of " + code + " ends before it starts");
        }
    }

    /** Whether the amount applies on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(end -> !day.isAfter(end)).orElse(true);
    }

    /** Whether the amount applies in {@code tariffZone}. */
    public boolean appliesIn(String tariffZone) {
        return ANY_ZONE.equals(zone) || zone.equals(tariffZone);
    }

    boolean overlaps(TariffEntry other) {
        boolean sameZone = ANY_ZONE.equals(zone) || ANY_ZONE.equals(other.zone) || zone.equals(other.zone);
        return sameZone && code.equals(other.code)
                && !other.validTo.map(validFrom::isAfter).orElse(false)
                && !validTo.map(other.validFrom::isAfter).orElse(false);
    }
}
