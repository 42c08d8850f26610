package org.openfse.core.sesam;

import java.time.Instant;
import java.util.Objects;
import org.openfse.core.InvoiceNumber;

/**
 * The first step of a désynchronisé securing (DOMAIN.md, "Secure modes": CPE + Vitale now, the CPS
 * later): the invoice content fixed with the Vitale card's data, waiting for the CPS. The billing
 * layer stores it (all fields) and calls {@link DesynchronisedSecuring#complete} when the
 * practitioner's CPS is there.
 *
 * @param psNumber the practitioner who must complete it
 * @param invoice the invoice number
 * @param content the bytes fixed at the first step (completion seals exactly these)
 * @param engineId the engine that started it
 * @param startedAt when the first step was done
 * @param seal the engine's seal over the first step, so that a change in between is detected
 * @since 1.1
 */
public record PendingSecuring(String psNumber, InvoiceNumber invoice, byte[] content, String engineId, Instant startedAt,
        byte[] seal) {
    public PendingSecuring {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(engineId, "engineId");
        Objects.requireNonNull(startedAt, "startedAt");
        content = content.clone();
        seal = seal.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public byte[] seal() {
        return seal.clone();
    }
}
