package org.openfse.simulator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A lot the "Caisse de TEST" received and acknowledged with a positive ARL.
 *
 * @param fileName name of the B2 file as received (attachment or concentrator file name)
 * @param channel how it came: {@code mail} or {@code oct}
 * @param psNumber the professional's number (B2 lot header, positions 2-10)
 * @param organisme destination organisme number (B2 lot header, positions 17-19)
 * @param lotNumber lot number (B2 lot header, positions 20-22)
 * @param lotDate lot creation date (B2 lot header, positions 72-77, YYMMDD)
 * @param content the B2 file, verbatim
 */
public record AcceptedLot(String fileName, String channel, String psNumber, String organisme, int lotNumber,
        LocalDate lotDate, byte[] content) {

    public AcceptedLot {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(organisme, "organisme");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
