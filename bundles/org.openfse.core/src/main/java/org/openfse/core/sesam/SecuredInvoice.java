package org.openfse.core.sesam;

import java.util.Objects;
import org.openfse.core.InvoiceNumber;

/**
 * A secured invoice: the sealed content and who sealed it.
 *
 * @param invoice the invoice number
 * @param mode the mode used
 * @param engineId the {@link SesamEngine#id()} that sealed it
 * @param content the sealed bytes
 * @param seal the engine's seal over {@code content} (signature or integrity code)
 */
public record SecuredInvoice(InvoiceNumber invoice, SecureMode mode, String engineId, byte[] content, byte[] seal) {
    public SecuredInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(engineId, "engineId");
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
