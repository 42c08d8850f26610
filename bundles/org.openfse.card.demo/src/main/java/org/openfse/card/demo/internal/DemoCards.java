package org.openfse.card.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.VitaleCard;

/**
 * The demo cards. Every person is fictitious (last name DEMO); the NIRs use the place of birth
 * 99 999 like the test cards of the seeds, with keys computed by {@link Nir#keyOf(String)}.
 */
final class DemoCards {

    /** The reader that holds the demo Vitale card. */
    static final String VITALE_READER = "Lecteur démo Vitale";
    /** The reader that holds the demo CPS card. */
    static final String CPS_READER = "Lecteur démo CPS";

    /** PIN of the demo CPS card. */
    static final String CPS_PIN = "1234";

    // Qualité of the beneficiary on a Vitale card (SESAM-Vitale coding, 2 digits). It is neither
    // IR_QPE_V (care pathway) nor IR_BEQ_V (SNDS status 1/2/3) of reference-data/snds.
    static final String QUALITY_INSURED = "00";
    static final String QUALITY_SPOUSE = "02";
    static final String QUALITY_CHILD = "06";

    /** Régime général (IR_GRG_V). */
    static final String REGIME = "01";
    /** Caisse 751, "CPAM Paris" (IR_CAI_V row 01C751). */
    static final String FUND = "751";
    /** Centre: fictitious, like the 9999 of the seeds' test cards. */
    static final String CENTRE = "9999";

    /** Optician: activity 64 "FOURNISSEUR (OPTIQUE MEDICALE)" of IR_ACT_V (28 there is ORTHOPHONISTE). */
    static final String OPTICIAN_SPECIALTY = "64";

    /** Rights open since this day, with no end. */
    static final LocalDate RIGHTS_FROM = LocalDate.of(2024, 1, 1);

    /** Month 13, day 32: a lunar date, kept as written on the card. */
    static final String CHILD_LUNAR_BIRTH_DATE = "20161332";

    private DemoCards() {
    }

    static VitaleCard vitale() {
        Nir insured = nir("1850399999001");
        Nir spouse = nir("2870699999002");
        List<Period> open = List.of(Period.startingOn(RIGHTS_FROM));
        return new VitaleCard("DEMO000001", insured, List.of(
                new Beneficiary("DEMO", "CAMILLE", Optional.of(insured), "19850312", 1, QUALITY_INSURED,
                        REGIME, FUND, CENTRE, open),
                new Beneficiary("DEMO", "DOMINIQUE", Optional.of(spouse), "19870624", 1, QUALITY_SPOUSE,
                        REGIME, FUND, CENTRE, open),
                // A child on the parent's card, without a NIR of their own.
                new Beneficiary("DEMO", "SACHA", Optional.empty(), CHILD_LUNAR_BIRTH_DATE, 1, QUALITY_CHILD,
                        REGIME, FUND, CENTRE, open)));
    }

    static CpsCard cps() {
        // 99 prefix: fictitious, like the 991000696 test number of the seeds. Convention code 1: conventionné.
        return new CpsCard("991000001", "DEMO", "ALEX", OPTICIAN_SPECIALTY, "1");
    }

    private static Nir nir(String body) {
        return new Nir(body, Nir.keyOf(body));
    }
}
