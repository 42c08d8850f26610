package org.openfse.card.pcsc.internal;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * Test double of a PC/SC stack, plugged into the real {@link TerminalFactory} through a
 * {@link Provider}: readers with or without a card, or a failure of {@code list()}.
 */
final class FakePcsc {

    /** Counts card connections still open, to check that the driver releases them. */
    final AtomicInteger openCards = new AtomicInteger();

    private final List<CardTerminal> terminals = new ArrayList<>();
    private CardException listFailure;

    FakePcsc reader(String name, byte[] atr) {
        terminals.add(new FakeTerminal(name, atr, null));
        return this;
    }

    FakePcsc readerFailingToConnect(String name, String pcscCode) {
        terminals.add(new FakeTerminal(name, new byte[] {0x3B}, new CardException("connect() failed",
                new Exception(pcscCode))));
        return this;
    }

    /** {@code list()} fails the way sun.security.smartcardio reports a PC/SC error code. */
    FakePcsc listFails(String pcscCode) {
        listFailure = new CardException("list() failed", new Exception(pcscCode));
        return this;
    }

    TerminalFactory factory() {
        try {
            return TerminalFactory.getInstance("Fake", null, new FakeProvider());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class FakeProvider extends Provider {
        private static final long serialVersionUID = 1L;

        FakeProvider() {
            super("OpenFSE-FakePcsc", "1.0", "test double of PC/SC");
            putService(new Provider.Service(this, "TerminalFactory", "Fake", FakeSpi.class.getName(), null, null) {
                @Override
                public Object newInstance(Object constructorParameter) {
                    return new FakeSpi(new FakeTerminals());
                }
            });
        }
    }

    static final class FakeSpi extends TerminalFactorySpi {
        private final CardTerminals terminals;

        FakeSpi(CardTerminals terminals) {
            this.terminals = terminals;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return terminals;
        }
    }

    private final class FakeTerminals extends CardTerminals {
        @Override
        public List<CardTerminal> list(State state) throws CardException {
            if (listFailure != null) {
                throw listFailure;
            }
            return List.copyOf(terminals);
        }

        @Override
        public boolean waitForChange(long timeout) {
            return false;
        }
    }

    private final class FakeTerminal extends CardTerminal {
        private final String name;
        private final byte[] atr;
        private final CardException connectFailure;

        FakeTerminal(String name, byte[] atr, CardException connectFailure) {
            this.name = name;
            this.atr = atr;
            this.connectFailure = connectFailure;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            if (atr == null) {
                throw new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD"));
            }
            if (connectFailure != null) {
                throw connectFailure;
            }
            openCards.incrementAndGet();
            return new FakeCard(new ATR(atr));
        }

        @Override
        public boolean isCardPresent() {
            return atr != null;
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            return atr != null;
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            return atr == null;
        }
    }

    private final class FakeCard extends Card {
        private final ATR atr;
        private boolean connected = true;

        FakeCard(ATR atr) {
            this.atr = atr;
        }

        @Override
        public ATR getATR() {
            return atr;
        }

        @Override
        public String getProtocol() {
            return "T=0";
        }

        @Override
        public CardChannel getBasicChannel() {
            throw new UnsupportedOperationException("no APDU in these tests");
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException("no APDU in these tests");
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException("no control command in these tests");
        }

        @Override
        public void disconnect(boolean reset) {
            if (connected) {
                connected = false;
                openCards.decrementAndGet();
            }
        }
    }
}
