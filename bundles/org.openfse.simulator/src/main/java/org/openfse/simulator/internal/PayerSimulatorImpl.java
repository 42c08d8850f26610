package org.openfse.simulator.internal;

import java.util.Objects;
import org.openfse.simulator.PayerSimulator;
import org.openfse.simulator.PaymentOrder;
import org.osgi.service.component.annotations.Component;

/** The "Caisse de TEST" service; the files are written by plain writers. */
@Component(service = PayerSimulator.class)
public final class PayerSimulatorImpl implements PayerSimulator {

    private final PaymentReturnWriter paymentReturns = new PaymentReturnWriter();

    @Override
    public byte[] paymentReturn(PaymentOrder order) {
        return paymentReturns.write(Objects.requireNonNull(order, "order"));
    }
}
