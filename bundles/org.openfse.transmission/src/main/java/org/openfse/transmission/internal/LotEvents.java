package org.openfse.transmission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openfse.core.events.Topics;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.LotState;

/** The lot moves of one transaction, posted as {@link Topics#LOT_STATE_CHANGED} after it committed. */
final class LotEvents {

    /** One move. */
    record Moved(int lotNumber, LotState from, LotState to) {
        Map<String, Object> properties() {
            return Map.of(Topics.LOT, LotNumbers.format(lotNumber), Topics.FROM, from == null ? "" : from.name(),
                    Topics.TO, to.name());
        }
    }

    private final List<Moved> moves = new ArrayList<>();

    void add(int lotNumber, LotState from, LotState to) {
        moves.add(new Moved(lotNumber, from, to));
    }

    List<Moved> moves() {
        return List.copyOf(moves);
    }
}
