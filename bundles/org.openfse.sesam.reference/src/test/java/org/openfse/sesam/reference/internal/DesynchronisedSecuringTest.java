package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.PendingSecuring;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.sesam.SecuringException.Reason;

/** Désynchronisé in two steps (DOMAIN.md "Secure modes": CPE + Vitale, later CPS). */
class DesynchronisedSecuringTest {

    private static final Instant START = Instant.parse("2024-05-28T09:13:00Z");
    private final byte[] key = new byte[32];
    private final ReferenceSesamEngine engine;

    DesynchronisedSecuringTest() {
        Arrays.fill(key, (byte) 7);
        engine = new ReferenceSesamEngine(key, Clock.fixed(START, ZoneOffset.UTC));
    }

    private static SecureRequest request(boolean cps, boolean vitale) {
        // Seed 002: facture n° 000000253, prescripteur RPPS 991000696 (test numbers)
        return new SecureRequest("991000696", new InvoiceNumber(253), SecureMode.DESYNCHRONISE, "FSE 253".getBytes(), cps, vitale,
                false);
    }

    @Test
    void beginWithTheVitaleCardThenCompleteWithTheCps() throws SecuringException {
        PendingSecuring pending = engine.begin(request(false, true));
        assertEquals(START, pending.startedAt());
        assertTrue(engine.verify(pending));
        SecuredInvoice secured = engine.complete(pending, "991000696", true);
        assertEquals(SecureMode.DESYNCHRONISE, secured.mode());
        assertArrayEquals("FSE 253".getBytes(), secured.content());
        assertTrue(engine.verify(secured));
    }

    @Test
    void theFirstStepNeedsTheVitaleCardAndTheDesynchronisedMode() {
        SecuringException noVitale = assertThrows(SecuringException.class, () -> engine.begin(request(true, false)));
        assertEquals(Reason.VITALE_REQUIRED, noVitale.reason());
        SecureRequest other = new SecureRequest("991000696", new InvoiceNumber(253), SecureMode.SESAM_VITALE, new byte[] {1}, true,
                true, false);
        SecuringException mode = assertThrows(SecuringException.class, () -> engine.begin(other));
        assertEquals(Reason.MODE_NOT_SUPPORTED, mode.reason());
        assertTrue(mode.getMessage().contains("SESAM-Vitale"), mode.getMessage());
    }

    @Test
    void theSecondStepNeedsTheSamePractitionersCps() throws SecuringException {
        PendingSecuring pending = engine.begin(request(false, true));
        SecuringException noCps = assertThrows(SecuringException.class, () -> engine.complete(pending, "991000696", false));
        assertEquals(Reason.CPS_REQUIRED, noCps.reason());
        assertTrue(noCps.getMessage().startsWith("Sécurisation impossible en mode désynchronisé : la carte CPS"));
        SecuringException other = assertThrows(SecuringException.class, () -> engine.complete(pending, "991000001", true));
        assertEquals(Reason.PS_MISMATCH, other.reason());
        assertTrue(other.getMessage().contains("991000696") && other.getMessage().contains("991000001"), other.getMessage());
    }

    @Test
    void aPendingInvoiceChangedInBetweenIsRefused() throws SecuringException {
        PendingSecuring pending = engine.begin(request(false, true));
        PendingSecuring changedContent = new PendingSecuring(pending.psNumber(), pending.invoice(), "FSE 254".getBytes(),
                pending.engineId(), pending.startedAt(), pending.seal());
        PendingSecuring changedNumber = new PendingSecuring(pending.psNumber(), new InvoiceNumber(254), pending.content(),
                pending.engineId(), pending.startedAt(), pending.seal());
        PendingSecuring changedPs = new PendingSecuring("991000001", pending.invoice(), pending.content(), pending.engineId(),
                pending.startedAt(), pending.seal());
        PendingSecuring changedTime = new PendingSecuring(pending.psNumber(), pending.invoice(), pending.content(),
                pending.engineId(), START.plusSeconds(1), pending.seal());
        for (PendingSecuring tampered : new PendingSecuring[] {changedContent, changedNumber, changedPs, changedTime}) {
            assertFalse(engine.verify(tampered));
            SecuringException e = assertThrows(SecuringException.class, () -> engine.complete(tampered, tampered.psNumber(), true));
            assertEquals(Reason.CONTENT_CHANGED, e.reason());
        }
    }

    @Test
    void aPendingSealIsNoFinalSealAndAnotherKeyDoesNotVerify() throws SecuringException {
        PendingSecuring pending = engine.begin(request(false, true));
        SecuredInvoice forged = new SecuredInvoice(pending.invoice(), SecureMode.DESYNCHRONISE, ReferenceSesamEngine.ID,
                pending.content(), pending.seal());
        assertFalse(engine.verify(forged));
        byte[] otherKey = new byte[32];
        ReferenceSesamEngine other = new ReferenceSesamEngine(otherKey);
        assertFalse(other.verify(pending));
    }

    @Test
    void oneCallDesynchronisedNeedsBothCards() throws SecuringException {
        assertEquals(Reason.CPS_REQUIRED, assertThrows(SecuringException.class, () -> engine.secure(request(false, true))).reason());
        assertTrue(engine.verify(engine.secure(request(true, true))));
    }
}
