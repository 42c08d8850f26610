package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.Transport;

class TransportTableTest {

    private final TransportTable table = new TransportTable();
    private final Transport mail = new StubTransport("mail");
    private final Transport oct = new StubTransport("oct-cegedim");

    @Test
    void noTransportNoDefault() {
        assertEquals(Optional.empty(), table.defaultTransport());
        assertEquals(List.of(), List.copyOf(table.all()));
    }

    @Test
    void withoutConfigurationTheOnlyTransportIsTheDefault() {
        table.add(mail);
        assertSame(mail, table.defaultTransport().orElseThrow());
    }

    @Test
    void withoutConfigurationTwoTransportsGiveNoDefault() {
        table.add(mail);
        table.add(oct);
        assertEquals(Optional.empty(), table.defaultTransport());
    }

    @Test
    void aBlankConfigurationCountsAsNone() {
        table.setDefaultId("  ");
        table.add(oct);
        assertSame(oct, table.defaultTransport().orElseThrow());
        table.setDefaultId(null);
        assertSame(oct, table.defaultTransport().orElseThrow());
    }

    @Test
    void theConfiguredDefaultWinsAmongSeveral() {
        table.add(mail);
        table.add(oct);
        table.setDefaultId("oct-cegedim");
        assertSame(oct, table.defaultTransport().orElseThrow());
        table.setDefaultId("mail");
        assertSame(mail, table.defaultTransport().orElseThrow());
    }

    @Test
    void aConfiguredDefaultThatIsNotRegisteredGivesNoneEvenWithOneOtherTransport() {
        table.setDefaultId("oct-cegedim");
        table.add(mail);
        assertEquals(Optional.empty(), table.defaultTransport());

        table.add(oct);
        assertSame(oct, table.defaultTransport().orElseThrow(), "found as soon as it registers");

        table.remove(oct);
        assertEquals(Optional.empty(), table.defaultTransport(), "gone when it goes");
    }

    @Test
    void lookupByIdAndListInIdOrder() {
        table.add(oct);
        table.add(mail);
        assertSame(mail, table.get("mail").orElseThrow());
        assertEquals(Optional.empty(), table.get("smtp"));
        assertEquals(List.of(mail, oct), List.copyOf(table.all()));
    }

    @Test
    void removingTheOtherOfTwoMakesTheRemainingOneTheDefault() {
        table.add(mail);
        table.add(oct);
        table.remove(oct);
        assertSame(mail, table.defaultTransport().orElseThrow());
    }

    @Test
    void aDuplicateIdWaitsBehindTheFirstAndTakesOverWhenItGoes() {
        Transport secondMail = new StubTransport("mail");
        assertTrue(table.add(mail));
        assertFalse(table.add(secondMail));

        assertSame(mail, table.get("mail").orElseThrow());
        assertEquals(1, table.all().size());

        table.remove(mail);
        assertSame(secondMail, table.get("mail").orElseThrow());

        table.remove(secondMail);
        assertEquals(Optional.empty(), table.get("mail"));
    }

    @Test
    void removingATransportNeverRegisteredChangesNothing() {
        table.add(mail);
        table.remove(new StubTransport("mail"));
        assertSame(mail, table.get("mail").orElseThrow());
    }

    /** A transport that only has an id. */
    static final class StubTransport implements Transport {
        private final String id;

        StubTransport(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void send(OutgoingFile file) {
            throw new UnsupportedOperationException("not used by the registry");
        }

        @Override
        public List<IncomingFile> receive() {
            throw new UnsupportedOperationException("not used by the registry");
        }
    }
}
