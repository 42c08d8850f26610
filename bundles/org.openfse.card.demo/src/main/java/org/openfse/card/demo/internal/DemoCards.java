package org.openfse.card.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.card.PracticeSituation;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.card.WorkAccidentRights;

/**
 * The data of the OpenFSE test cards. The demo family is fictitious (last name DEMO); the NIRs use
 * the place of birth 99 999 like the test cards of the seeds, with keys computed by
 * {@link Nir#keyOf(String)}. The seed card copies the test card shown in seed 002.
 */
public final class DemoCards {

    /** The reader that holds the demo Vitale card. */
    public static final String VITALE_READER = "Lecteur démo Vitale";
    /** The reader that holds the demo CPS card. */
    public static final String CPS_READER = "Lecteur démo CPS";

    /** PIN of the demo CPS card. */
    public static final String CPS_PIN = "1234";

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
    /** Code de gestion 10, as on the seed 002 test card. */
    static final String MANAGING_CODE = "10";

    /** Optician: activity 64 "FOURNISSEUR (OPTIQUE MEDICALE)" of IR_ACT_V (28 there is ORTHOPHONISTE). */
    static final String OPTICIAN_SPECIALTY = "64";

    /** Rights open since this day, with no end. */
    static final LocalDate RIGHTS_FROM = LocalDate.of(2024, 1, 1);

    /** Month 13, day 32: a lunar date, kept as written on the card. */
    static final String CHILD_LUNAR_BIRTH_DATE = "20161332";

    /** Fictitious address of the demo family. */
    static final List<String> DEMO_ADDRESS = List.of("12 RUE DE LA DEMONSTRATION", "75001 PARIS");

    private DemoCards() {
    }

    /** The demo family card: the insured, a spouse and a child. */
    public static VitaleCard vitale() {
        Nir insured = nir("1850399999001");
        Nir spouse = nir("2870699999002");
        List<Period> open = List.of(Period.startingOn(RIGHTS_FROM));
        Optional<LocalDate> certified = Optional.of(RIGHTS_FROM);
        Optional<AmoService> noService = Optional.of(new AmoService(AmoService.NONE, Optional.empty()));
        // Fictitious AMC: number and member number made of 9s, like the seeds' test organisations.
        Optional<AmcContract> amc = Optional.of(new AmcContract("99999999", "DEMO0001", Optional.of(Period.startingOn(RIGHTS_FROM))));
        BeneficiaryDetails camille = new BeneficiaryDetails("DEMO", DEMO_ADDRESS, certified, MANAGING_CODE, Optional.of(true),
                noService, List.of(), Optional.empty(), amc, Optional.empty());
        BeneficiaryDetails dominique = new BeneficiaryDetails("MARTIN-DEMO", DEMO_ADDRESS, certified, MANAGING_CODE,
                Optional.of(true), noService,
                List.of(new ExemptionPeriod(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28)), true, "")),
                Optional.empty(), amc, Optional.empty());
        BeneficiaryDetails sacha = new BeneficiaryDetails("DEMO", DEMO_ADDRESS, Optional.empty(), MANAGING_CODE, Optional.of(false),
                noService, List.of(), Optional.empty(), amc, Optional.empty());
        return new VitaleCard("DEMO000001", insured, List.of(
                new Beneficiary("DEMO", "CAMILLE", Optional.of(insured), "19850312", 1, QUALITY_INSURED,
                        REGIME, FUND, CENTRE, open, camille),
                new Beneficiary("DEMO", "DOMINIQUE", Optional.of(spouse), "19870624", 1, QUALITY_SPOUSE,
                        REGIME, FUND, CENTRE, open, dominique),
                // A child on the parent's card, without a NIR of their own.
                new Beneficiary("DEMO", "SACHA", Optional.empty(), CHILD_LUNAR_BIRTH_DATE, 1, QUALITY_CHILD,
                        REGIME, FUND, CENTRE, open, sacha)),
                VitaleCard.Kind.DEMONSTRATION, Optional.empty());
    }

    /**
     * The test card of seed 002 ("Détail Informations Vitale"): DESMAUX NATHALIE, régime 01 caisse 999
     * centre 9999 gestion 10, serial 468920691, "Démonstr." card, rights 01/02/2020 to 31/01/2025,
     * work-accident organisations 019999999 / 017211234 / 019999999 with ids 200912012 / 999999999.
     * Fields the seed leaves blank (certified NIR, AMC, mutuelle, validity) stay empty.
     */
    public static VitaleCard seed002() {
        Nir nir = new Nir("2550699999999", 34);
        BeneficiaryDetails details = new BeneficiaryDetails("DESMAUX",
                List.of("5, BD MARIE ET ALEXANDRE OYON", "72019 LE MANS CEDEX 2"), Optional.empty(), "10", Optional.of(false),
                Optional.of(new AmoService(AmoService.NONE, Optional.empty())), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(new WorkAccidentRights("019999999", List.of(
                        new WorkAccidentRights.WorkAccident("017211234", "200912012"),
                        new WorkAccidentRights.WorkAccident("019999999", "999999999")))));
        return new VitaleCard("468920691", nir, List.of(new Beneficiary("DESMAUX", "NATHALIE", Optional.empty(), "19550615", 1,
                QUALITY_INSURED, "01", "999", "9999", List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31))),
                details)), VitaleCard.Kind.DEMONSTRATION, Optional.empty());
    }

    /** The demo CPS: an optician with one practice situation. */
    public static CpsCard cps() {
        // 99 prefix: fictitious, like the 991000696 test number of the seeds. Convention code 1: conventionné.
        return CpsCard.of("DEMO", "ALEX", List.of(new PracticeSituation(1, "991000001", OPTICIAN_SPECIALTY, "1", "", "OPTIQUE DEMO")));
    }

    private static Nir nir(String body) {
        return new Nir(body, Nir.keyOf(body));
    }
}
