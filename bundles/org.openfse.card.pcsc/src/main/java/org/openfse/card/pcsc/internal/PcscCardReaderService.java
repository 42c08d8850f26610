package org.openfse.card.pcsc.internal;

import java.util.List;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The card reader driver over PC/SC ({@code javax.smartcardio}). It lists readers and tells
 * the card type from the ATR. Reading Vitale and CPS cards needs the card profiles of the card
 * issue: until then every present card is reported as {@link Reason#UNKNOWN_CARD}.
 */
@Component(service = CardReaderService.class,
        property = {"service.ranking:Integer=0", CardReaderService.DRIVER_PROPERTY + "=" + PcscCardReaderService.DRIVER_ID})
public final class PcscCardReaderService implements CardReaderService {

    static final String DRIVER_ID = "pcsc";

    static final String NO_PROFILE = "no card profile is installed yet: OpenFSE cannot decode this card";

    private final PcscTerminals terminals;

    @Activate
    public PcscCardReaderService() {
        this(TerminalFactory::getDefault, AtrClassifier.installed());
    }

    PcscCardReaderService(Supplier<TerminalFactory> factory, AtrClassifier classifier) {
        this.terminals = new PcscTerminals(factory, classifier, DRIVER_ID);
    }

    @Override
    public String driverId() {
        return DRIVER_ID;
    }

    /** An empty list when no reader is connected or when the PC/SC service (pcscd) does not run. */
    @Override
    public List<CardReader> readers() throws CardException {
        return terminals.scan().readers();
    }

    @Override
    public VitaleCard readVitale(String reader) throws CardException {
        terminals.readerWithCard(reader);
        throw new CardException(Reason.UNKNOWN_CARD, NO_PROFILE);
    }

    @Override
    public CpsCard readCps(String reader) throws CardException {
        terminals.readerWithCard(reader);
        throw new CardException(Reason.UNKNOWN_CARD, NO_PROFILE);
    }

    @Override
    public void verifyPin(String reader, char[] pin) throws CardException {
        terminals.readerWithCard(reader);
        throw new CardException(Reason.UNKNOWN_CARD, NO_PROFILE);
    }
}
