package org.openfse.card.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

class DemoCardsTest {

    /** DOMAIN.md: key = 97 - (NIR mod 97), computed here without org.openfse.core.Nir. */
    private static int independentKey(String body) {
        return 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue();
    }

    @Test
    void theFormulaOfThisTestMatchesTheSeed() {
        // Seed 002: "2550699999999 34".
        assertEquals(34, independentKey("2550699999999"));
    }

    @Test
    void theNirsOnTheVitaleCardAreValid() {
        VitaleCard card = DemoCards.vitale();

        assertEquals("185039999900149", card.insuredNir().toString());
        assertEquals(independentKey(card.insuredNir().body()), card.insuredNir().key());
        assertEquals(card.insuredNir(), Nir.parse(card.insuredNir().toString()));
        for (Beneficiary b : card.beneficiaries()) {
            b.nir().ifPresent(nir -> assertEquals(independentKey(nir.body()), nir.key(), b.firstName()));
        }
        assertEquals(Optional.of(new Nir("2870699999002", 45)), card.beneficiaries().get(1).nir());
    }

    @Test
    void theCardHoldsTheInsuredASpouseAndAChild() {
        List<Beneficiary> beneficiaries = DemoCards.vitale().beneficiaries();

        assertEquals(List.of("00", "02", "06"), beneficiaries.stream().map(Beneficiary::quality).toList());
        assertEquals(Optional.of(DemoCards.vitale().insuredNir()), beneficiaries.get(0).nir(), "the insured comes first");
        assertTrue(beneficiaries.stream().allMatch(b -> b.lastName().equals("DEMO")), "fictitious names");
        assertEquals(Optional.empty(), beneficiaries.get(2).nir(), "the child is on the parent's card");
    }

    @Test
    void everyoneIsInTheGeneralRegimeAtCpamParis() {
        for (Beneficiary b : DemoCards.vitale().beneficiaries()) {
            // IR_GRG_V: 1 = REGIME GENERAL; IR_CAI_V: 01C751 = "CPAM Paris".
            assertEquals("01", b.amoRegime());
            assertEquals("751", b.amoFund());
            assertEquals(4, b.amoCentre().length());
        }
    }

    @Test
    void birthDatesMatchTheNirsAndTheLunarDateIsKeptAsWritten() {
        List<Beneficiary> beneficiaries = DemoCards.vitale().beneficiaries();
        // NIR characters 2-5 are the year and month of birth.
        assertEquals("8503", beneficiaries.get(0).nir().orElseThrow().body().substring(1, 5));
        assertEquals("198503", beneficiaries.get(0).birthDate().substring(0, 6));
        assertEquals("8706", beneficiaries.get(1).nir().orElseThrow().body().substring(1, 5));
        assertEquals("198706", beneficiaries.get(1).birthDate().substring(0, 6));

        String lunar = beneficiaries.get(2).birthDate();
        assertEquals("20161332", lunar);
        assertThrows(DateTimeParseException.class, () -> LocalDate.parse(lunar, DateTimeFormatter.BASIC_ISO_DATE));
    }

    @Test
    void rightsAreOpen() {
        for (Beneficiary b : DemoCards.vitale().beneficiaries()) {
            assertEquals(List.of(Period.startingOn(LocalDate.of(2024, 1, 1))), b.rights(), b.firstName());
            assertTrue(b.rights().get(0).contains(LocalDate.now()));
        }
    }

    @Test
    void theCpsIsAnOptician() {
        CpsCard cps = DemoCards.cps();

        assertTrue(cps.psNumber().matches("\\d{9}"), cps.psNumber());
        // IR_ACT_V: 64 = FOURNISSEUR (OPTIQUE MEDICALE); 28 there is ORTHOPHONISTE.
        assertEquals("64", cps.specialty());
        assertEquals("DEMO", cps.lastName());
    }
}
