package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuringException;

/**
 * The card and attachment conditions of each secure mode (DOMAIN.md "Secure modes", from seeds 002
 * and 004), over every combination of the three flags.
 */
class ModeConditionsTest {

    private final ModeConditions conditions = new ModeConditions(Messages.load());

    @ParameterizedTest(name = "{0} cps={1} vitale={2} pj={3} -> {4}")
    @CsvSource({
        // mode,        cps,   vitale, attachment, expected
        "SESAM_VITALE,  true,  true,  true,  OK",
        "SESAM_VITALE,  true,  true,  false, OK",
        "SESAM_VITALE,  true,  false, true,  VITALE_REQUIRED",
        "SESAM_VITALE,  true,  false, false, VITALE_REQUIRED",
        "SESAM_VITALE,  false, true,  true,  CPS_REQUIRED",
        "SESAM_VITALE,  false, true,  false, CPS_REQUIRED",
        "SESAM_VITALE,  false, false, true,  CPS_REQUIRED",
        "SESAM_VITALE,  false, false, false, CPS_REQUIRED",
        "DESYNCHRONISE, true,  true,  true,  OK",
        "DESYNCHRONISE, true,  true,  false, OK",
        "DESYNCHRONISE, true,  false, true,  VITALE_REQUIRED",
        "DESYNCHRONISE, true,  false, false, VITALE_REQUIRED",
        // secure() in désynchronisé does both steps at once: the CPS is needed too (two steps: begin/complete)
        "DESYNCHRONISE, false, true,  true,  CPS_REQUIRED",
        "DESYNCHRONISE, false, true,  false, CPS_REQUIRED",
        "DESYNCHRONISE, false, false, true,  CPS_REQUIRED",
        "DESYNCHRONISE, false, false, false, CPS_REQUIRED",
        "DEGRADE,       true,  true,  true,  OK",
        "DEGRADE,       true,  true,  false, ATTACHMENT_REQUIRED",
        "DEGRADE,       true,  false, true,  OK",
        "DEGRADE,       true,  false, false, ATTACHMENT_REQUIRED",
        "DEGRADE,       false, true,  true,  CPS_REQUIRED",
        "DEGRADE,       false, true,  false, CPS_REQUIRED",
        "DEGRADE,       false, false, true,  CPS_REQUIRED",
        "DEGRADE,       false, false, false, CPS_REQUIRED",
        "NON_SECURISE,  true,  true,  true,  OK",
        "NON_SECURISE,  true,  true,  false, OK",
        "NON_SECURISE,  true,  false, true,  OK",
        "NON_SECURISE,  true,  false, false, OK",
        "NON_SECURISE,  false, true,  true,  OK",
        "NON_SECURISE,  false, true,  false, OK",
        "NON_SECURISE,  false, false, true,  OK",
        "NON_SECURISE,  false, false, false, OK",
    })
    void eachModeRequiresItsCards(SecureMode mode, boolean cps, boolean vitale, boolean attachment, String expected) {
        SecureRequest request = request(mode, cps, vitale, attachment);
        if (expected.equals("OK")) {
            assertDoesNotThrow(() -> conditions.require(request));
        } else {
            SecuringException refused = assertThrows(SecuringException.class, () -> conditions.require(request));
            assertEquals(SecuringException.Reason.valueOf(expected), refused.reason());
        }
    }

    @Test
    void refusalsAreInFrenchAndNameTheMode() {
        SecuringException cps = assertThrows(SecuringException.class,
                () -> conditions.require(request(SecureMode.SESAM_VITALE, false, true, false)));
        assertTrue(cps.getMessage().startsWith("Sécurisation impossible en mode SESAM-Vitale : la carte CPS"),
                cps.getMessage());

        SecuringException vitale = assertThrows(SecuringException.class,
                () -> conditions.require(request(SecureMode.DESYNCHRONISE, true, false, false)));
        assertTrue(vitale.getMessage().startsWith("Sécurisation impossible en mode désynchronisé : la carte Vitale"),
                vitale.getMessage());
        assertTrue(vitale.getMessage().contains("l'application carte Vitale"), "MessageFormat quote handling: "
                + vitale.getMessage());

        SecuringException scor = assertThrows(SecuringException.class,
                () -> conditions.require(request(SecureMode.DEGRADE, true, true, false)));
        assertTrue(scor.getMessage().startsWith("Sécurisation impossible en mode dégradé : la feuille de soins papier"),
                scor.getMessage());
        assertTrue(scor.getMessage().contains("SCOR"), scor.getMessage());
    }

    @Test
    void everyModeHasAFrenchLabel() {
        Messages messages = Messages.load();
        for (SecureMode mode : SecureMode.values()) {
            assertTrue(messages.has("mode." + mode.name()), "label missing for " + mode);
        }
    }

    static SecureRequest request(SecureMode mode, boolean cps, boolean vitale, boolean attachment) {
        return new SecureRequest("991000696", new InvoiceNumber(254), mode, new byte[] {1, 2, 3}, cps, vitale,
                attachment);
    }
}
