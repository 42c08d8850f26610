package org.openfse.simulator;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;

/**
 * One invoice paid by the simulated payer, with its AMO part.
 *
 * @param invoice the invoice (FSE) number, as sent in B2
 * @param lotNumber number of the lot it was sent in, 1 to 999
 * @param lotDate creation date of that lot, as sent in B2
 * @param amoClaimed AMO amount claimed, 0 to 999,999.99
 * @param amoPaid AMO amount paid, negative for a regularisation, at most 999,999.99 either way
 */
public record PaidInvoice(InvoiceNumber invoice, int lotNumber, LocalDate lotDate, Money amoClaimed, Money amoPaid) {

    /** Largest amount of an 8-digit NOEMIE-PS amount field, in cents (C2). */
    public static final long MAX_CENTS = 99_999_999L;

    public PaidInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(lotDate, "lotDate");
        Objects.requireNonNull(amoClaimed, "amoClaimed");
        Objects.requireNonNull(amoPaid, "amoPaid");
        if (lotNumber < 1 || lotNumber > 999) {
            throw new IllegalArgumentException("lot number out of range 1..999: " + lotNumber);
        }
        if (amoClaimed.isNegative() || amoClaimed.cents() > MAX_CENTS) {
            throw new IllegalArgumentException("AMO amount claimed out of range 0..999999.99: " + amoClaimed);
        }
        if (Math.abs(amoPaid.cents()) > MAX_CENTS) {
            throw new IllegalArgumentException("AMO amount paid beyond 999999.99: " + amoPaid);
        }
    }
}
