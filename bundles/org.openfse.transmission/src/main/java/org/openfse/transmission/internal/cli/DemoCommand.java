package org.openfse.transmission.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RatesCheck;
import org.openfse.core.billing.SecureOptions;
import org.openfse.core.command.CliCommand;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code openfse cli demo bill N [--ps PS]}: N secured demo invoices (SESAM-Vitale, today) for the
 * demo patient folders in turn, by the demo nurse {@value #DEFAULT_PS} (one AMI act each) unless
 * another practitioner is named, through {@link BillingService#bill}. Every other invoice is in
 * tiers payant (AMO part). Refused when the framework property {@code openfse.mode} is
 * {@code production}.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=demo")
public final class DemoCommand implements CliCommand {

    static final String DEFAULT_PS = "991000002";
    static final int MAX = 10_000;

    private final Store store;
    private final BillingService billing;
    private final TariffEngine tariff;
    private final String mode;

    @Activate
    public DemoCommand(@Reference Store store, @Reference BillingService billing, @Reference TariffEngine tariff,
            BundleContext context) {
        this.store = store;
        this.billing = billing;
        this.tariff = tariff;
        String m = context.getProperty("openfse.mode");
        this.mode = m == null ? "" : m;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "Démonstration : demo bill N [--ps NUMÉRO_PS] crée N factures sécurisées pour les patients de démonstration";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String usage = "Usage : demo bill N [--ps NUMÉRO_PS]   (N de 1 à " + MAX + ")";
        if (args.size() < 2 || !args.get(0).equals("bill")) {
            err.println(usage);
            return INVALID_INPUT;
        }
        int count;
        try {
            count = Integer.parseInt(args.get(1));
        } catch (NumberFormatException e) {
            count = -1;
        }
        String ps = DEFAULT_PS;
        if (args.size() == 4 && args.get(2).equals("--ps")) {
            ps = args.get(3);
        } else if (args.size() != 2) {
            count = -1;
        }
        if (count < 1 || count > MAX) {
            err.println(usage);
            return INVALID_INPUT;
        }
        if (mode.equals("production")) {
            err.println("Commande réservée au mode démonstration : aucune facture de démonstration dans une base de production.");
            return INVALID_INPUT;
        }
        String psNumber = ps;
        record Target(long practitionerId, String profession, List<long[]> folders) {
        }
        Target target = store.inTransaction("demo", tx -> {
            List<Practitioner> found = tx.repository(Practitioner.class).findBy("psNumber", psNumber);
            if (found.isEmpty()) {
                return null;
            }
            List<long[]> folders = new ArrayList<>();
            Page<Patient> page = tx.repository(Patient.class).page(PageRequest.first(PageRequest.MAX_LIMIT).sortedBy("id", false));
            for (Patient patient : page.items()) {
                if (!patient.getBeneficiaries().isEmpty()) {
                    Beneficiary b = patient.getBeneficiaries().get(0);
                    folders.add(new long[] {tx.repository(Patient.class).idOf(patient), b.getId()});
                }
            }
            Practitioner p = found.get(0);
            return new Target(tx.repository(Practitioner.class).idOf(p), p.getProfession(), folders);
        });
        if (target == null) {
            err.println("Praticien inconnu : n° PS " + psNumber + ".");
            return INVALID_INPUT;
        }
        if (target.folders().isEmpty()) {
            err.println("Aucun dossier patient : lancez OpenFSE en mode démonstration pour créer les patients de démonstration.");
            return INVALID_INPUT;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String specialty = target.profession() == null ? "nurse" : target.profession();
        String act = switch (specialty) {
            case "doctor" -> "G";
            case "optician" -> "PVO";
            default -> "AMI";
        };
        int first = -1;
        int last = -1;
        try {
            for (int i = 0; i < count; i++) {
                long[] folder = target.folders().get(i % target.folders().size());
                PricingRequest request = new PricingRequest(specialty, today, Coverage.maladie(), Optional.empty(),
                        List.of(ActLine.of(act)));
                PricedInvoice priced = tariff.price(request);
                DraftRequest draft = DraftRequest.fse(target.practitionerId(), folder[0], folder[1], request, priced)
                        .withTiersPayant(i % 2 == 0, false);
                InvoiceSummary s = billing.bill("demo", draft,
                        RatesCheck.vitale(SecureMode.SESAM_VITALE).withCoverage(request.coverage()),
                        SecureOptions.sesamVitale());
                int number = s.number().value();
                first = first < 0 ? number : first;
                last = number;
            }
        } catch (RuntimeException | org.openfse.core.tariff.PricingException e) {
            err.println("Facturation de démonstration interrompue : " + e.getMessage());
            if (first > 0) {
                out.println(String.format("%d facture(s) sécurisée(s) avant l'arrêt : n° %09d à %09d", last - first + 1,
                        first, last));
            }
            return FAILED;
        }
        out.println(String.format("%d facture(s) sécurisée(s) pour le praticien %s : n° %09d à %09d", count, psNumber,
                first, last));
        return OK;
    }
}
