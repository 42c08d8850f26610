package org.openfse.core.returns;

import java.util.List;

/**
 * "Détail du virement": payments and régularisations, one-off payments, mouvements financiers.
 *
 * @param transfer the transfer
 * @param lines payment lines
 * @param oneOffs one-off payments
 * @param movements financial movements (retenues included)
 */
public record TransferDetail(TransferView transfer, List<PaymentLineView> lines, List<OneOffView> oneOffs,
        List<MovementView> movements) {

    public TransferDetail {
        lines = List.copyOf(lines);
        oneOffs = List.copyOf(oneOffs);
        movements = List.copyOf(movements);
    }
}
