package org.openfse.transmission.internal;

import java.util.Set;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.osgi.service.component.annotations.Component;

/**
 * The lot state machine ({@link LotLifecycle}). Grouping by destination, lot numbering, B2 files,
 * sending and ARL handling come with the issue "Lots and teletransmission".
 */
@Component(service = LotService.class)
public final class LotServiceImpl implements LotService {

    private final LotLifecycle lifecycle = new LotLifecycle();

    @Override
    public Set<LotState> nextStates(LotState from) {
        return lifecycle.nextStates(from);
    }

    @Override
    public void requireTransition(LotState from, LotState to) {
        lifecycle.requireTransition(from, to);
    }
}
