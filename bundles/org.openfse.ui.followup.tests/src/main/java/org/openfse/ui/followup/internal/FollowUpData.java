package org.openfse.ui.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Nir;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.AttachmentKind;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.api.Reject;
import org.openfse.model.api.RejectHandling;
import org.openfse.model.api.ReturnFile;
import org.openfse.model.meta.OpenfseFactory;

/**
 * The data the follow-up screens are tested on, written through the store as billing would: a
 * practitioner (PS 992604231 of seed 002), patient folders, invoices waiting to be sent today, and
 * the transmitted invoices of seed 002's Suivi facturations (01/01/2024 to 28/05/2024: 21 folders of
 * which 18 secured with the Vitale card).
 */
final class FollowUpData {

    static final String PS = "992604231";
    static final LocalDate SEED_FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate SEED_TO = LocalDate.of(2024, 5, 28);

    private final OpenfseFactory f = OpenfseFactory.eINSTANCE;

    /** Ids of the invoices waiting today: two secured, one "TP calculé", one "FSE supprimée". */
    /** Reject of invoice 203 in the return file of 28/05/2024 (code and label as a NOEMIE 4-character reject, NOEMIE-PS.md). */
    static final String REJECT_CODE = "4025";
    static final String REJECT_LABEL = "DROITS NON OUVERTS";

    record Waiting(List<Long> secured, long ratesChecked, long cancelled, long rejected203, long paid202) {
    }

    Waiting write(Store store, LocalDate today) {
        return store.inTransaction("test", tx -> {
            Practice practice = f.createPractice();
            practice.setName("Cabinet des tests du suivi");
            tx.repository(Practice.class).insert(practice);
            Practitioner ps = f.createPractitioner();
            ps.setPsNumber(PS);
            ps.setLastName("ESSAI");
            ps.setFirstName("OPTICIEN");
            ps.setSpecialty("28");
            ps.setProfession("optician");
            PractitionerSettings settings = f.createPractitionerSettings();
            // Seed 002: the lots of 28/05/2024 are 025, 026, 027.
            settings.setNextLotNumber(25);
            ps.setSettings(settings);
            practice.getPractitioners().add(ps);
            tx.repository(Practitioner.class).insert(ps);

            Beneficiary durand = folder(tx, practice, "DURAND", "Denis", "1750175001001", "01", "751", "9881");
            Beneficiary desmaux = folder(tx, practice, "DESMAUX", "Nathalie", "2800575001002", "01", "751", "9881");
            Beneficiary issner = folder(tx, practice, "ISSNER", "Natacha", "2900634901003", "01", "349", "9881");
            Beneficiary essai = folder(tx, practice, "ESSAI", "Alain", "1651234901004", "01", "349", "9881");

            // Seed 002, Télétransmissions: 257 DURAND Sécurisé, 256 ISSNER FSE supprimée, 255 ESSAI TP calculé, 253 DESMAUX Sécurisé.
            long i257 = invoice(tx, ps, durand, 257, today, InvoiceState.SECURED, SecureMode.SESAM_VITALE, 3000, 540);
            long i256 = invoice(tx, ps, issner, 256, today, InvoiceState.CANCELLED, SecureMode.SESAM_VITALE, 3000, 540);
            long i255 = invoice(tx, ps, essai, 255, today, InvoiceState.RATES_CHECKED, null, 20900, 5);
            long i253 = invoice(tx, ps, desmaux, 253, today, InvoiceState.SECURED, SecureMode.SESAM_VITALE, 41500, 9);

            // Seed 002, Suivi facturations: 21 transmitted folders between 01/01/2024 and 28/05/2024, 18 secured in SESAM-Vitale.
            List<Long> paidInvoices = new ArrayList<>();
            long rejected = -1;
            for (int n = 0; n < 21; n++) {
                int number = 201 + n;
                LocalDate day = n < 16 ? LocalDate.of(2024, 1, 8) : LocalDate.of(2024, 5, 28);
                SecureMode mode = n < 18 ? SecureMode.SESAM_VITALE : SecureMode.DEGRADE;
                InvoiceState state = switch (n % 4) {
                    case 0 -> InvoiceState.SENT;
                    case 1 -> InvoiceState.PAID;
                    case 2 -> InvoiceState.REJECTED;
                    default -> InvoiceState.ARL_POSITIVE;
                };
                long id = invoice(tx, ps, n % 2 == 0 ? essai : issner, number, day, state, mode, 3000, 552);
                if (state == InvoiceState.PAID) {
                    paidInvoices.add(id);
                }
                if (number == 203) {
                    rejected = id;
                }
            }
            // One transfer of 28/05/2024 paying invoice 202 (5,52 €), seed 002 "VIR AMO LIGNE 1-1FR".
            Payment payment = f.createPayment();
            payment.setDate(SEED_TO);
            payment.setPayer("01349000");
            payment.setLabels("VIR AMO LIGNE 1-1FR");
            payment.setAmount(Money.ofCents(552));
            PaymentLine line = f.createPaymentLine();
            line.setInvoiceNumber(new InvoiceNumber(202));
            line.setPart(PayerPart.AMO);
            line.setExpected(Money.ofCents(552));
            line.setPaid(Money.ofCents(552));
            line.setInvoice(tx.repository(Invoice.class).get(paidInvoices.get(0)));
            payment.getLines().add(line);
            ps.getPayments().add(payment);
            tx.repository(Payment.class).insert(payment);
            // The return file of 28/05/2024 that rejected invoice 203 ("-" in the RSP column, seed 000).
            ReturnFile file = f.createReturnFile();
            file.setFileName("RSP-20240528.txt");
            file.setEmitter("CPAM 01349");
            file.setReceivedAt(Instant.parse("2024-05-28T08:00:00Z"));
            file.setIntegratedAt(Instant.parse("2024-05-28T08:00:01Z"));
            Reject reject = f.createReject();
            reject.setInvoiceNumber(new InvoiceNumber(203));
            reject.setCode(REJECT_CODE);
            reject.setLabel(REJECT_LABEL);
            reject.setHandling(RejectHandling.FINAL);
            reject.setDate(SEED_TO);
            reject.setInvoice(tx.repository(Invoice.class).get(rejected));
            file.getRejects().add(reject);
            ps.getReturnFiles().add(file);
            tx.repository(ReturnFile.class).insert(file);
            return new Waiting(List.of(i257, i253), i255, i256, rejected, paidInvoices.get(0));
        });
    }

    private Beneficiary folder(Transaction tx, Practice practice, String lastName, String firstName, String nir, String regime,
            String caisse, String centre) {
        String key = String.format("%02d", Nir.keyOf(nir));
        String birth = "19" + nir.substring(1, 3) + nir.substring(3, 5) + "15";
        Patient patient = f.createPatient();
        patient.setCreatedAt(Instant.parse("2024-01-02T08:00:00Z"));
        Insured insured = f.createInsured();
        insured.setLastName(lastName);
        insured.setFirstName(firstName);
        insured.setNir(nir);
        insured.setNirKey(key);
        insured.setBirthDate(birth);
        patient.setInsured(insured);
        Beneficiary beneficiary = f.createBeneficiary();
        beneficiary.setLastName(lastName);
        beneficiary.setFirstName(firstName);
        beneficiary.setQuality("00");
        beneficiary.setNir(nir);
        beneficiary.setNirKey(key);
        beneficiary.setBirthDate(birth);
        beneficiary.setBirthRank(1);
        AmoCoverage amo = f.createAmoCoverage();
        amo.setRegime(regime);
        amo.setCaisse(caisse);
        amo.setCentre(centre);
        beneficiary.getAmoCoverages().add(amo);
        patient.getBeneficiaries().add(beneficiary);
        practice.getPatients().add(patient);
        tx.repository(Patient.class).insert(patient);
        return beneficiary;
    }

    private long invoice(Transaction tx, Practitioner ps, Beneficiary beneficiary, int number, LocalDate day, InvoiceState state,
            SecureMode mode, long feesCents, long amoCents) {
        Invoice invoice = f.createInvoice();
        invoice.setNumber(new InvoiceNumber(number));
        invoice.setState(state);
        invoice.setSecureMode(mode);
        invoice.setFlow(InvoiceFlow.FSE_RO);
        invoice.setCareDate(day);
        invoice.setInvoiceDate(day);
        invoice.setCreatedAt(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        invoice.setTotalFees(Money.ofCents(feesCents));
        invoice.setTotalAmo(Money.ofCents(amoCents));
        invoice.setTotalAmc(Money.ZERO);
        invoice.setTotalPatient(Money.ofCents(feesCents - amoCents));
        invoice.setAmoTiersPayant(true);
        InvoiceLine line = f.createInvoiceLine();
        line.setActCode("PV");
        line.setLabel("Monture");
        line.setExecutionDate(day);
        line.setQuantity(1);
        line.setUnitPrice(Money.ofCents(feesCents));
        line.setFees(Money.ofCents(feesCents));
        line.setBase(Money.ofCents(amoCents * 100 / 60));
        line.setRate(60);
        line.setAmo(Money.ofCents(amoCents));
        line.setAmc(Money.ZERO);
        line.setPatientShare(Money.ofCents(feesCents - amoCents));
        invoice.getLines().add(line);
        if (number == 253) {
            // Seed 002, Pièces jointes: "253 SV DESMAUX Nathalie NON CONFORM Ordonnance"; here the prescription is still missing.
            Attachment prescription = f.createAttachment();
            prescription.setKind(AttachmentKind.PRESCRIPTION);
            prescription.setState(AttachmentState.MISSING);
            invoice.getAttachments().add(prescription);
        }
        invoice.setPractitioner(ps);
        invoice.setBeneficiary(beneficiary);
        invoice.setAmoCoverage(beneficiary.getAmoCoverages().get(0));
        ps.getInvoices().add(invoice);
        return tx.repository(Invoice.class).insert(invoice);
    }
}
