package org.openfse.core.lot;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lots of secured invoices: the lot state machine, and (issue "Lots and teletransmission")
 * grouping by destination, 3-digit numbering per professional, B2 files, sending, ARL handling.
 */
@ProviderType
public interface LotService {

    /** The states a lot may move to from {@code from}. */
    Set<LotState> nextStates(LotState from);

    /**
     * @throws org.openfse.core.billing.IllegalTransitionException when the move is not allowed
     */
    void requireTransition(LotState from, LotState to);
}
