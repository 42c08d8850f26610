package org.openfse.b2;

import java.util.List;
import java.util.Objects;

/** A whole B2 file read back by {@link B2Files#read}. */
public record B2File(B2FileHeader header, List<B2Lot> lots) {

    public B2File {
        Objects.requireNonNull(header, "header");
        lots = List.copyOf(lots);
    }
}
