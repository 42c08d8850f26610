package org.openfse.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.billing.InvoiceState;

class BillingServiceImplTest {

    private final BillingServiceImpl service = new BillingServiceImpl(UnusedStore.create());

    @Test
    void runsTheChecksOfTheDraftsSpecialtyAndTheGeneralOnes() {
        service.addCheck(new StubCheck("optician-prescription", "optician"));
        service.addCheck(new StubCheck("nurse-session", "nurse"));
        service.addCheck(new StubCheck("nir-key", InvoiceCheck.ALL));

        assertEquals(List.of("nir-key", "optician-prescription"), ids(service.check(Drafts.optician())));
    }

    @Test
    void theOrderDoesNotDependOnTheOrderServicesArrived() {
        service.addCheck(new StubCheck("c", InvoiceCheck.ALL, "c1", "c2"));
        service.addCheck(new StubCheck("a", InvoiceCheck.ALL, "a1"));
        service.addCheck(new StubCheck("b", "optician", "b1", "b2"));

        assertEquals(List.of("a1", "b1", "b2", "c1", "c2"), keys(service.check(Drafts.optician())));
    }

    @Test
    void aRemovedCheckNoLongerRuns() {
        StubCheck removed = new StubCheck("removed", InvoiceCheck.ALL);
        service.addCheck(new StubCheck("kept", InvoiceCheck.ALL));
        service.addCheck(removed);
        service.removeCheck(removed);

        assertEquals(List.of("kept"), ids(service.check(Drafts.optician())));
    }

    @Test
    void noCheckNoFinding() {
        assertEquals(List.of(), service.check(Drafts.optician()));
    }

    @Test
    void aCheckThatThrowsBlocksWithoutHidingTheOthers() {
        service.addCheck(new InvoiceCheck() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String specialty() {
                return ALL;
            }

            @Override
            public List<CheckResult> check(InvoiceDraft draft) {
                throw new IllegalStateException("table missing");
            }
        });
        service.addCheck(new StubCheck("working", InvoiceCheck.ALL));

        List<CheckResult> results = service.check(Drafts.optician());

        assertEquals(List.of("broken", "working"), ids(results));
        CheckResult failed = results.get(0);
        assertEquals(Severity.BLOCKING, failed.severity());
        assertEquals("check.failed", failed.messageKey());
        assertEquals(List.of("broken", "IllegalStateException: table missing"), failed.arguments());
        assertEquals("Le contrôle « broken » n'a pas pu s'exécuter (IllegalStateException: table missing) : la"
                + " facture ne peut pas être sécurisée tant qu'il n'a pas abouti. Signalez ce problème.", failed.message());
    }

    @Test
    void delegatesTheLifecycle() {
        assertEquals(java.util.EnumSet.of(InvoiceState.RATES_CHECKED, InvoiceState.CANCELLED),
                service.nextStates(InvoiceState.DRAFT));
        assertThrows(IllegalTransitionException.class,
                () -> service.requireTransition(InvoiceState.PAID, InvoiceState.REJECTED));
    }

    private static List<String> ids(List<CheckResult> results) {
        return results.stream().map(CheckResult::checkId).toList();
    }

    private static List<String> keys(List<CheckResult> results) {
        return results.stream().map(CheckResult::messageKey).toList();
    }

    /** A check that reports one WARNING per given key, or one with its id as key when none is given. */
    private record StubCheck(String id, String specialty, String... keys) implements InvoiceCheck {
        @Override
        public List<CheckResult> check(InvoiceDraft draft) {
            String[] reported = keys.length == 0 ? new String[] {id} : keys;
            return java.util.Arrays.stream(reported)
                    .map(key -> new CheckResult(id, Severity.WARNING, key, List.of(), key))
                    .toList();
        }
    }
}
