package org.openfse.store.derby.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.CardType;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.AdriMode;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.CpsData;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.meta.OpenfseFactory;

/**
 * The demo data: a practice with an optician, a nurse and a doctor, a concentrator, and
 * {@value #FOLDERS} patient folders of fictitious people (names drawn from common French first
 * and last names; NIR keys computed with {@link Nir#keyOf}; the same folders at every seeding).
 * Seeding happens once: setting {@value #SEEDED} records it, so deleting demo data later does
 * not bring it back.
 */
public final class DemoSeeder {

    /** The setting that records the seeding (its value is the day). */
    public static final String SEEDED = "demo.seeded";

    static final int FOLDERS = 50;

    /** The optician is the practitioner of the demo CPS card of org.openfse.card.demo. */
    static final String OPTICIAN_PS = "991000001";
    static final String NURSE_PS = "991000002";
    static final String DOCTOR_PS = "991000003";

    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
        "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
        "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson"};
    private static final String[] WOMEN = {"Marie", "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Juliette", "Emma",
        "Zoé", "Élodie", "Anaïs", "Céline", "Hélène", "Nathalie", "Isabelle", "Sophie", "Aurélie", "Claire", "Françoise"};
    private static final String[] MEN = {"Jean", "Pierre", "Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Arthur", "Théo",
        "Raphaël", "Jérôme", "Stéphane", "Nicolas", "François", "Michel", "Benoît", "Loïc", "Mathéo", "Olivier", "Rémi"};

    /** Caisses of the demo folders: régime 01, caisse, centre (organismes of IR_ORG_V), and the NIR department. */
    private static final String[][] CAISSES = {{"751", "0809", "75"}, {"691", "0451", "69"}, {"131", "0207", "13"},
        {"201", "0145", "2A"}};

    private final OpenfseFactory f = OpenfseFactory.eINSTANCE;

    /**
     * Seeds the store unless it was seeded before.
     *
     * @return whether it seeded now
     */
    public boolean seedOnce(Store store) {
        return store.inTransaction("demo", tx -> {
            if (tx.setting(SEEDED).isPresent()) {
                return false;
            }
            seed(tx);
            tx.putSetting(SEEDED, LocalDate.now().toString());
            return true;
        });
    }

    private void seed(Transaction tx) {
        Practice practice = f.createPractice();
        practice.setName("Cabinet de démonstration OpenFSE");
        practice.setAddress("1 place de la Démonstration\n75011 Paris");
        tx.repository(Practice.class).insert(practice);

        Concentrator concentrator = f.createConcentrator();
        concentrator.setName("OCT de démonstration");
        concentrator.setTeletransmission(true);
        concentrator.setPec(true);
        concentrator.setTransport("mail");
        concentrator.setB2ByDefault(true);
        concentrator.setAutoLettrage(true);
        concentrator.setIntegrateRspAfterTransmission(true);
        practice.getConcentrators().add(concentrator);
        tx.repository(Concentrator.class).insert(concentrator);

        for (Practitioner p : List.of(
                practitioner(OPTICIAN_PS, "DEMO", "ALEX", "64", "optician", concentrator),
                practitioner(NURSE_PS, "Infirmière", "Camille", "24", "nurse", null),
                practitioner(DOCTOR_PS, "Médecin", "Jean", "01", "doctor", null))) {
            practice.getPractitioners().add(p);
            tx.repository(Practitioner.class).insert(p);
        }

        Random random = new Random(20261123L);
        for (int i = 0; i < FOLDERS; i++) {
            Patient folder = folder(i, random);
            practice.getPatients().add(folder);
            tx.repository(Patient.class).insert(folder);
        }
    }

    private Practitioner practitioner(String ps, String lastName, String firstName, String specialty, String profession,
            Concentrator concentrator) {
        Practitioner p = f.createPractitioner();
        p.setPsNumber(ps);
        p.setLastName(lastName);
        p.setFirstName(firstName);
        p.setSpecialty(specialty);
        p.setProfession(profession);
        p.setConventionCode("1");
        p.setTariffZone("metro");
        CpsData cps = f.createCpsData();
        cps.setCardType(CardType.CPS);
        p.setCps(cps);
        PractitionerSettings settings = f.createPractitionerSettings();
        settings.setAdriMode(AdriMode.AUTOMATIC);
        settings.setDefaultSecureMode(SecureMode.SESAM_VITALE);
        settings.setConcentrator(concentrator);
        p.setSettings(settings);
        return p;
    }

    /** Folder {@code i}: the insured person, sometimes a spouse, sometimes children. */
    private Patient folder(int i, Random random) {
        String lastName = LAST_NAMES[i % LAST_NAMES.length];
        boolean woman = random.nextBoolean();
        String firstName = (woman ? WOMEN : MEN)[random.nextInt(WOMEN.length)];
        String[] caisse = CAISSES[i % CAISSES.length];
        LocalDate birth = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = nirBody(woman, birth, caisse[2], random);

        Patient folder = f.createPatient();
        folder.setCreatedAt(Instant.parse("2026-01-05T08:00:00Z").plusSeconds(3600L * i));
        folder.setCardSerial(String.format("DEMO%06d", i + 1));
        Insured insured = f.createInsured();
        insured.setLastName(lastName);
        insured.setFirstName(firstName);
        insured.setNir(body);
        insured.setNirKey(String.format("%02d", Nir.keyOf(body)));
        insured.setBirthDate(yyyymmdd(birth));
        insured.setPhone(String.format("06%08d", 10000000 + random.nextInt(89999999)));
        insured.setAddress((1 + random.nextInt(120)) + " rue de l'Exemple\n" + postcode(caisse[2]));
        folder.setInsured(insured);
        folder.getBeneficiaries().add(beneficiary(lastName, firstName, body, yyyymmdd(birth), "00", caisse, i % 3 == 0));
        if (random.nextInt(3) == 0) {
            boolean spouseWoman = !woman;
            String spouseName = (spouseWoman ? WOMEN : MEN)[random.nextInt(WOMEN.length)];
            LocalDate spouseBirth = birth.plusYears(random.nextInt(5) - 2).withDayOfMonth(1 + random.nextInt(28));
            folder.getBeneficiaries().add(beneficiary(lastName, spouseName, null, yyyymmdd(spouseBirth), "02", caisse, false));
        }
        int children = birth.getYear() > 1970 ? random.nextInt(3) : 0;
        for (int c = 0; c < children; c++) {
            LocalDate childBirth = LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean girl = random.nextBoolean();
            folder.getBeneficiaries().add(beneficiary(lastName, (girl ? WOMEN : MEN)[random.nextInt(WOMEN.length)], null,
                    yyyymmdd(childBirth), "06", caisse, false));
        }
        return folder;
    }

    private Beneficiary beneficiary(String lastName, String firstName, String nirBody, String birthDate, String quality,
            String[] caisse, boolean mutuelle) {
        Beneficiary b = f.createBeneficiary();
        b.setLastName(lastName);
        b.setFirstName(firstName);
        b.setBirthDate(birthDate);
        b.setBirthRank(1);
        b.setQuality(quality);
        if (nirBody != null) {
            b.setNir(nirBody);
            b.setNirKey(String.format("%02d", Nir.keyOf(nirBody)));
        }
        AmoCoverage amo = f.createAmoCoverage();
        amo.setRegime("01");
        amo.setCaisse(caisse[0]);
        amo.setCentre(caisse[1]);
        amo.setSource(RightsStatus.Source.CARD);
        amo.setJustification(Justification.VITALE_CARD);
        amo.getRightsPeriods().add(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        b.getAmoCoverages().add(amo);
        if (mutuelle) {
            AmcCoverage amc = f.createAmcCoverage();
            amc.setAmcNumber("99999997");
            amc.setLabel("Mutuelle de démonstration");
            amc.setManagement(AmcManagement.UNIQUE);
            amc.setRightsPeriod(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            amc.setJustification(Justification.PAPER_ATTESTATION);
            b.getAmcCoverages().add(amc);
        }
        return b;
    }

    /** sex, year, month, department, commune, order: a fictitious but well-formed NIR body. */
    static String nirBody(boolean woman, LocalDate birth, String department, Random random) {
        return (woman ? "2" : "1") + String.format("%02d%02d", birth.getYear() % 100, birth.getMonthValue()) + department
                + String.format("%03d%03d", 1 + random.nextInt(998), 1 + random.nextInt(998));
    }

    private static String yyyymmdd(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String postcode(String department) {
        return switch (department) {
            case "75" -> "75011 Paris";
            case "69" -> "69003 Lyon";
            case "13" -> "13001 Marseille";
            default -> "20000 Ajaccio";
        };
    }
}
