package org.openfse.card.pcsc.internal;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * Test double of a PC/SC stack, plugged into the real {@link TerminalFactory} through a
 * {@link Provider}: readers that come and go, cards with an APDU handler, failures of {@code list()}
 * and of connections. Its state can change between calls, as a real stack's does.
 */
final class FakePcsc {

    /** What a fake card answers. */
    interface Apdus {
        byte[] answer(byte[] command) throws CardException;
    }

    /** A card that answers 6D00 (instruction not supported) to everything. */
    static final Apdus MUTE = command -> new byte[] {0x6D, 0x00};

    /** Counts card connections still open, to check that the driver releases them. */
    final AtomicInteger openCards = new AtomicInteger();
    /** Counts APDUs received by all cards. */
    final AtomicInteger commands = new AtomicInteger();

    private final Map<String, FakeTerminal> terminals = new LinkedHashMap<>();
    private volatile CardException listFailure;
    private volatile boolean serviceDown;

    FakePcsc reader(String name, byte[] atr) {
        return reader(name, atr, MUTE);
    }

    synchronized FakePcsc reader(String name, byte[] atr, Apdus card) {
        terminals.put(name, new FakeTerminal(name, atr, card, null));
        return this;
    }

    synchronized FakePcsc readerFailingToConnect(String name, String pcscCode) {
        terminals.put(name, new FakeTerminal(name, new byte[] {0x3B}, MUTE, new CardException("connect() failed", new Exception(pcscCode))));
        return this;
    }

    synchronized FakePcsc unplug(String name) {
        terminals.remove(name);
        return this;
    }

    /** Takes the card out of a reader. */
    synchronized FakePcsc eject(String name) {
        FakeTerminal old = terminals.get(name);
        terminals.put(name, new FakeTerminal(name, null, MUTE, null));
        if (old != null) {
            old.ejected = true;
        }
        return this;
    }

    /** {@code list()} fails the way sun.security.smartcardio reports a PC/SC error code; {@code null} to stop failing. */
    FakePcsc listFails(String pcscCode) {
        listFailure = pcscCode == null ? null : new CardException("list() failed", new Exception(pcscCode));
        return this;
    }

    /** No factory can be made (the JDK throws NoSuchAlgorithmException while pcscd is down). */
    FakePcsc serviceDown(boolean down) {
        serviceDown = down;
        return this;
    }

    /** The factory supplier for {@link PcscContext}: {@code null} while the service is down. */
    TerminalFactory factory() {
        if (serviceDown) {
            return null;
        }
        try {
            return TerminalFactory.getInstance("Fake", null, new FakeProvider());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A context over this stack whose reset always works. */
    PcscContext context() {
        return new PcscContext(this::factory, () -> true, "");
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
            synchronized (FakePcsc.this) {
                return List.copyOf(new ArrayList<>(terminals.values()));
            }
        }

        @Override
        public boolean waitForChange(long timeout) {
            return false;
        }
    }

    private final class FakeTerminal extends CardTerminal {
        private final String name;
        private final byte[] atr;
        private final Apdus card;
        private final CardException connectFailure;
        volatile boolean ejected;

        FakeTerminal(String name, byte[] atr, Apdus card, CardException connectFailure) {
            this.name = name;
            this.atr = atr;
            this.card = card;
            this.connectFailure = connectFailure;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            if (atr == null || ejected) {
                throw new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD"));
            }
            if (connectFailure != null) {
                throw connectFailure;
            }
            openCards.incrementAndGet();
            return new FakeCard(this);
        }

        @Override
        public boolean isCardPresent() {
            return atr != null && !ejected;
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            return isCardPresent();
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            return !isCardPresent();
        }
    }

    private final class FakeCard extends Card {
        private final FakeTerminal terminal;
        private boolean connected = true;

        FakeCard(FakeTerminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public ATR getATR() {
            return new ATR(terminal.atr);
        }

        @Override
        public String getProtocol() {
            return "T=0";
        }

        @Override
        public CardChannel getBasicChannel() {
            if (terminal.ejected) {
                throw new IllegalStateException("Card has been removed");
            }
            return new FakeChannel(this);
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException("no logical channel in these tests");
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
        public synchronized void disconnect(boolean reset) {
            if (connected) {
                connected = false;
                openCards.decrementAndGet();
            }
        }
    }

    private final class FakeChannel extends CardChannel {
        private final FakeCard card;

        FakeChannel(FakeCard card) {
            this.card = card;
        }

        @Override
        public Card getCard() {
            return card;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            if (card.terminal.ejected) {
                throw new CardException("transmit() failed", new Exception("SCARD_W_REMOVED_CARD"));
            }
            commands.incrementAndGet();
            return new ResponseAPDU(card.terminal.card.answer(command.getBytes()));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            throw new IllegalStateException("the basic channel cannot be closed");
        }
    }
}
