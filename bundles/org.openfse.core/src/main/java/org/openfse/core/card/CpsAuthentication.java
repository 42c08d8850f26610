package org.openfse.core.card;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A CPS card whose PIN was verified.
 *
 * @param card what the card holds
 * @param driverId the driver that sees the reader
 * @param reader the reader the card sits in
 * @param day the day of the verification; the session ends with it
 * @param verifiedAt when the PIN was verified
 * @since 1.1
 */
public record CpsAuthentication(CpsCard card, String driverId, String reader, LocalDate day, Instant verifiedAt) {
    public CpsAuthentication {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }
}
