package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardException;

class PcscContextTest {

    @Test
    void waitsForTheServiceThenConnects() throws CardException {
        FakePcsc pcsc = new FakePcsc().serviceDown(true).reader("R", null);
        PcscContext context = pcsc.context();

        assertNull(context.terminals());
        assertEquals(PcscContext.State.NO_SERVICE, context.state());
        pcsc.serviceDown(false);
        assertEquals(1, context.terminals().size());
        assertEquals(PcscContext.State.CONNECTED, context.state());
    }

    @Test
    void aLostServiceResetsTheContextAndReconnects() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("R", null);
        AtomicInteger resets = new AtomicInteger();
        PcscContext context = new PcscContext(pcsc::factory, () -> resets.incrementAndGet() > 0, "");
        assertEquals(1, context.terminals().size());

        // pcscd restarted: the old context answers SCARD_E_NO_SERVICE.
        pcsc.listFails("SCARD_E_NO_SERVICE");
        assertNull(context.terminals());
        assertEquals(1, resets.get());
        assertEquals(PcscContext.State.NO_SERVICE, context.state());

        pcsc.listFails(null);
        assertEquals(1, context.terminals().size());
        assertEquals(PcscContext.State.CONNECTED, context.state());
    }

    @Test
    void withoutTheResetARestartNeedsOpenFseRestarted() throws CardException {
        FakePcsc pcsc = new FakePcsc().reader("R", null);
        PcscContext context = new PcscContext(pcsc::factory, () -> false, "InaccessibleObjectException");
        context.terminals();
        pcsc.listFails("SCARD_E_INVALID_HANDLE");

        assertNull(context.terminals());
        assertEquals(PcscContext.State.RESTART_NEEDED, context.state());
        assertNull(context.terminals());
        assertEquals(PcscContext.State.RESTART_NEEDED, context.state());
    }

    @Test
    void noServiceBeforeAnyConnectionNeedsNoReset() {
        FakePcsc pcsc = new FakePcsc().listFails("SCARD_E_NO_SERVICE");
        AtomicInteger resets = new AtomicInteger();
        PcscContext context = new PcscContext(pcsc::factory, () -> resets.incrementAndGet() > 0, "");

        assertNull(assertNoThrow(context));
        assertEquals(0, resets.get());
        assertEquals(PcscContext.State.NO_SERVICE, context.state());
    }

    private static Object assertNoThrow(PcscContext context) {
        try {
            return context.terminals();
        } catch (CardException e) {
            throw new AssertionError(e);
        }
    }
}
