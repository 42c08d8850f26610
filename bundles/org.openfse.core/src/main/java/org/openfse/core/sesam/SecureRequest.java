package org.openfse.core.sesam;

import java.util.Objects;
import org.openfse.core.InvoiceNumber;

/**
 * What a SESAM engine needs to secure one invoice.
 *
 * @param psNumber the health professional who bills
 * @param invoice the invoice number
 * @param mode the requested mode
 * @param content the canonical bytes of the invoice (the engine seals exactly these)
 * @param cpsAuthenticated whether the CPS is present and its PIN was verified this session
 * @param vitalePresent whether the Vitale card (or ApCV) of the patient is present
 * @param attachmentProvided whether a SCOR attachment (scan of the paper FS) is attached
 */
public record SecureRequest(String psNumber, InvoiceNumber invoice, SecureMode mode, byte[] content,
        boolean cpsAuthenticated, boolean vitalePresent, boolean attachmentProvided) {
    public SecureRequest {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(mode, "mode");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
