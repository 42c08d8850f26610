package org.openfse.b2;

import java.util.List;
import java.util.Objects;

/**
 * A lot read back from a file: its header (with the trailer's marking and approval number) and its
 * invoices.
 */
public record B2Lot(B2LotHeader header, List<B2Invoice> invoices) {

    public B2Lot {
        Objects.requireNonNull(header, "header");
        invoices = List.copyOf(invoices);
    }
}
