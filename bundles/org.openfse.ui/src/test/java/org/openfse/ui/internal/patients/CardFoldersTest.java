package org.openfse.ui.internal.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.card.VitaleCard;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Patient;
import org.openfse.model.meta.OpenfseFactory;

class CardFoldersTest {

    private static final Instant READ_AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final Period RIGHTS = Period.startingOn(LocalDate.of(2024, 1, 1));
    private static final Period ALD = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28));

    // The demo card of org.openfse.card.demo: insured NIR 1850399999001 key 49; a child with a lunar birth date, no own NIR.
    private static VitaleCard card() {
        BeneficiaryDetails insuredDetails = new BeneficiaryDetails("MARTIN", List.of("12 RUE DE LA DEMONSTRATION", "75001 PARIS"),
                Optional.empty(), "10", Optional.empty(), Optional.empty(), List.of(new ExemptionPeriod(ALD, true, "")), Optional.empty(),
                Optional.of(new AmcContract("99999999", "DEMO0001", Optional.empty())), Optional.empty());
        Beneficiary insured = new Beneficiary("DEMO", "CAMILLE", Optional.of(new Nir("1850399999001", 49)), "19850312", 1, "00", "01",
                "751", "9999", List.of(RIGHTS), insuredDetails);
        Beneficiary child = new Beneficiary("DEMO", "SACHA", Optional.empty(), "20161332", 1, "06", "01", "751", "9999", List.of(RIGHTS));
        return new VitaleCard("DEMO000001", new Nir("1850399999001", 49), List.of(insured, child));
    }

    @Test
    void aCardReadMakesANewFolderWithItsBeneficiariesAndCoverages() {
        Patient folder = CardFolders.fromCard(card(), null, READ_AT);

        assertEquals("DEMO000001", folder.getCardSerial());
        assertEquals(READ_AT, folder.getCardReadAt());
        assertEquals(List.of("DEMO", "CAMILLE", "1850399999001", "49", "19850312", "MARTIN"), List.of(folder.getInsured().getLastName(),
                folder.getInsured().getFirstName(), folder.getInsured().getNir(), folder.getInsured().getNirKey(),
                folder.getInsured().getBirthDate(), folder.getInsured().getBirthName()));
        assertEquals("12 RUE DE LA DEMONSTRATION\n75001 PARIS", folder.getInsured().getAddress());
        assertEquals(2, folder.getBeneficiaries().size());
        AmoCoverage amo = folder.getBeneficiaries().get(0).getAmoCoverages().get(0);
        assertEquals(List.of("01", "751", "9999"), List.of(amo.getRegime(), amo.getCaisse(), amo.getCentre()));
        assertEquals(List.of(RIGHTS), List.copyOf(amo.getRightsPeriods()));
        assertTrue(amo.isAld());
        assertEquals(List.of(ALD), List.copyOf(amo.getAldPeriods()));
        assertEquals("99999999", folder.getBeneficiaries().get(0).getAmcCoverages().get(0).getAmcNumber());
        assertEquals("DEMO0001", folder.getBeneficiaries().get(0).getAmcCoverages().get(0).getMemberNumber());
        assertEquals("20161332", folder.getBeneficiaries().get(1).getBirthDate());
        assertNull(folder.getBeneficiaries().get(1).getNir());
    }

    @Test
    void anExistingFolderIsUpdatedWithoutLosingWhatTheCardDoesNotCarry() {
        OpenfseFactory f = OpenfseFactory.eINSTANCE;
        Patient existing = CardFolders.fromCard(card(), null, READ_AT);
        existing.getInsured().setPhone("0102030405");
        existing.getBeneficiaries().get(0).getAmoCoverages().get(0).setCentre("0001");
        org.openfse.model.api.Beneficiary other = f.createBeneficiary();
        other.setLastName("DEMO");
        other.setFirstName("LOU");
        existing.getBeneficiaries().add(other);

        Patient updated = CardFolders.fromCard(card(), existing, READ_AT.plusSeconds(60));

        assertSame(existing, updated);
        assertEquals("0102030405", updated.getInsured().getPhone());
        assertEquals(3, updated.getBeneficiaries().size(), "the card's two, matched, and LOU kept");
        assertEquals("9999", updated.getBeneficiaries().get(0).getAmoCoverages().get(0).getCentre());
        assertEquals(1, updated.getBeneficiaries().get(0).getAmoCoverages().size());
        assertEquals(1, updated.getBeneficiaries().get(0).getAmcCoverages().size());
        assertEquals("LOU", updated.getBeneficiaries().get(2).getFirstName());
    }
}
