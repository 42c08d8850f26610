package org.openfse.core.lot;

import java.time.Instant;

/**
 * An acknowledgement recorded for a lot: an ARL or an avis (acheminement, non remise).
 *
 * @param positive whether it is positive
 * @param code the code given by the payer ({@code ""} when none), e.g. a rejection code {@code 4025}
 * @param message its French text
 * @param receivedAt when it arrived
 * @param fileName the file it came in (the key of idempotence)
 */
public record LotAck(boolean positive, String code, String message, Instant receivedAt, String fileName) {

    public LotAck {
        code = code == null ? "" : code;
        message = message == null ? "" : message;
        fileName = fileName == null ? "" : fileName;
    }
}
