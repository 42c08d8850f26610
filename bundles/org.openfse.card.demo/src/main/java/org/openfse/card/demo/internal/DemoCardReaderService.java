package org.openfse.card.demo.internal;

import java.util.List;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.osgi.service.component.annotations.Component;

/**
 * The in-process demo driver: two readers that always hold a demo Vitale card and a demo CPS
 * card. It ranks below the PC/SC driver, so a real driver wins when both are installed.
 */
@Component(service = CardReaderService.class,
        property = {"service.ranking:Integer=-10", CardReaderService.DRIVER_PROPERTY + "=" + DemoCardReaderService.DRIVER_ID})
public final class DemoCardReaderService implements CardReaderService {

    static final String DRIVER_ID = "demo";

    /** The CPS PIN counter; once blocked, the demo CPS stays blocked until the component restarts. */
    private final PinGuard cpsPin = new PinGuard(DemoCards.CPS_PIN);

    @Override
    public String driverId() {
        return DRIVER_ID;
    }

    @Override
    public List<CardReader> readers() {
        return List.of(new CardReader(DemoCards.VITALE_READER, DRIVER_ID, CardType.VITALE),
                new CardReader(DemoCards.CPS_READER, DRIVER_ID, CardType.CPS));
    }

    @Override
    public VitaleCard readVitale(String reader) throws CardException {
        if (DemoCards.VITALE_READER.equals(reader)) {
            return DemoCards.vitale();
        }
        throw notThere(reader, "a Vitale card");
    }

    @Override
    public CpsCard readCps(String reader) throws CardException {
        if (DemoCards.CPS_READER.equals(reader)) {
            return DemoCards.cps();
        }
        throw notThere(reader, "a CPS card");
    }

    @Override
    public void verifyPin(String reader, char[] pin) throws CardException {
        if (DemoCards.CPS_READER.equals(reader)) {
            cpsPin.verify(pin);
            return;
        }
        throw notThere(reader, "a CPS card");
    }

    private static CardException notThere(String reader, String wanted) {
        if (DemoCards.VITALE_READER.equals(reader) || DemoCards.CPS_READER.equals(reader)) {
            return new CardException(Reason.UNKNOWN_CARD, "the card in " + reader + " is not " + wanted);
        }
        return new CardException(Reason.NO_READER, "no demo reader named " + reader);
    }
}
