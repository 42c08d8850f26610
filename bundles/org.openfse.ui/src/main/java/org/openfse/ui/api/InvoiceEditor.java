package org.openfse.ui.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.DocumentKind;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.ForcingEntry;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RatesCheck;
import org.openfse.core.billing.SecureOptions;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsSession;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.AdriTrigger;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsQuery;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.model.api.Practitioner;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.RunMode;
import org.openfse.ui.internal.card.CardTexts;
import org.openfse.ui.internal.card.CpsPinFlow;
import org.openfse.ui.internal.invoice.CardFolders;
import org.openfse.ui.internal.invoice.InvoiceServices;

/**
 * The invoice entry of a specialty, from the patient to the secured FSE (seed 002, "Saisie du Tiers
 * Payant sur le dossier" and "Facturation du dossier"): the patient read from the Vitale card, the
 * day of care and the AMC amount, the specialty's own widgets ({@link InvoiceEntry}), the
 * "Détail remboursements" table, and the buttons
 * <ul>
 * <li>"Détail remboursements": prices the lines (reimbursements at 0,00 until the rates are checked);</li>
 * <li>"Vérif.taux": the {@link RateCheckDialog}, pre-filled by the SESAM engine; on "Valider" the
 * invoice is priced with the coverage it gives and saved through the {@link BillingService}
 * (draft with its number, then "taux vérifié");</li>
 * <li>"SESAM-Vitale": the forçages ({@link ForcingsDialog});</li>
 * <li>"Valider": Vérif.taux first when it was not done, then the FSE summary
 * ({@link FseSummaryDialog}) and "Signer", which secures the invoice in the mode chosen (CPS PIN
 * asked when needed).</li>
 * </ul>
 * Any change of the lines or dates after Vérif.taux asks for it again (seed 002).
 *
 * <p>Widget ids ({@code <prefix>} given by the specialty): {@code .readCard}, {@code .beneficiary},
 * {@code .patient}, {@code .careDate}, {@code .amc}, {@code .compute}, {@code .verify},
 * {@code .forcings}, {@code .validate}, {@code .new}, {@code .detail} (the table), {@code .state},
 * {@code .message}.
 */
public final class InvoiceEditor {

    private static final System.Logger LOG = System.getLogger(InvoiceEditor.class.getName());

    private final String prefix;
    private final String specialty;
    private final InvoiceEntry entry;
    private final InvoiceServices services;
    private final UISynchronize sync;
    private final Supplier<LocalDate> today;
    private final Composite body;
    private final Combo beneficiaries;
    private final Label patient;
    private final DateField careDate;
    private final Text amc;
    private final ReimbursementTable table;
    private final Label state;
    private final Label message;
    private final List<Button> actions = new ArrayList<>();

    private VitaleCard card;
    private RateCheck check;
    private boolean ratesChecked;
    private OptionalLong invoiceId = OptionalLong.empty();
    private InvoiceSummary saved;
    private PricedInvoice priced;
    private List<InvoiceLineInput> pricedLines = List.of();
    private boolean busy;

    /**
     * @param parent a composite with a one-column {@code GridLayout} (a {@link Widgets#section})
     * @param prefix prefix of the widget ids ({@code optician.invoice})
     * @param specialty the specialty priced and billed ({@code optician})
     * @param context the part's context: the services are injected from it
     * @param entry the specialty's widgets and lines
     */
    public InvoiceEditor(Composite parent, String prefix, String specialty, IEclipseContext context, InvoiceEntry entry) {
        this.prefix = prefix;
        this.specialty = specialty;
        this.entry = entry;
        this.services = ContextInjectionFactory.make(InvoiceServices.class, context);
        this.sync = context.get(UISynchronize.class);
        this.today = LocalDate::now;
        this.body = parent;

        Group who = group(parent, "invoice.patient.title", 4);
        Button read = button(who, ".readCard", "invoice.readCard");
        read.addListener(SWT.Selection, event -> readCard());
        beneficiaries = Widgets.id(new Combo(who, SWT.READ_ONLY), prefix + ".beneficiary");
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 260;
        beneficiaries.setLayoutData(comboData);
        beneficiaries.addListener(SWT.Selection, event -> beneficiaryChosen());
        patient = Widgets.id(new Label(who, SWT.WRAP), prefix + ".patient");
        GridData patientData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        patientData.widthHint = 360;
        patient.setLayoutData(patientData);
        patient.setText(Messages.get("invoice.patient.none"));
        new Label(who, SWT.NONE).setText(Messages.get("invoice.careDate"));
        careDate = new DateField(who, prefix + ".careDate", Optional.of(today.get()), today);
        careDate.onChange(this::changed);
        new Label(who, SWT.NONE).setText(Messages.get("invoice.amc"));
        amc = Widgets.id(new Text(who, SWT.BORDER), prefix + ".amc");
        GridData amcData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        amcData.widthHint = 90;
        amc.setLayoutData(amcData);
        amc.setToolTipText(Messages.get("invoice.amc.tooltip"));
        amc.addListener(SWT.Modify, event -> changed());

        Composite area = new Composite(parent, SWT.NONE);
        GridLayout areaLayout = new GridLayout(1, false);
        areaLayout.marginWidth = 0;
        areaLayout.marginHeight = 0;
        area.setLayout(areaLayout);
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        entry.create(area, this);

        Label detailTitle = new Label(parent, SWT.NONE);
        detailTitle.setText(Messages.get("invoice.detail.title"));
        table = new ReimbursementTable(parent, prefix + ".detail");

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(6, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(buttons, ".compute", "invoice.compute").addListener(SWT.Selection, event -> compute());
        button(buttons, ".verify", "invoice.verify").addListener(SWT.Selection, event -> verify(null));
        button(buttons, ".forcings", "invoice.forcings").addListener(SWT.Selection, event -> forcings());
        button(buttons, ".validate", "invoice.validate").addListener(SWT.Selection, event -> validate());
        button(buttons, ".new", "invoice.new").addListener(SWT.Selection, event -> startNew());
        state = Widgets.id(new Label(buttons, SWT.WRAP), prefix + ".state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        state.setText(Messages.get("invoice.state.new"));
        message = Widgets.id(new Label(parent, SWT.WRAP), prefix + ".message");
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 700;
        message.setLayoutData(messageData);
    }

    private Group group(Composite parent, String key, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.get(key));
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private Button button(Composite parent, String suffix, String key) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), prefix + suffix);
        button.setText(Messages.get(key));
        actions.add(button);
        return button;
    }

    /** The optical LPP codes in force on the day of care (or today), for an {@link LppPicker}. */
    public Supplier<Optional<LppCatalog>> lppCatalog() {
        return () -> {
            LocalDate day;
            try {
                day = careDate.peek().orElse(today.get());
            } catch (IllegalArgumentException e) {
                day = today.get();
            }
            return services.lppCatalog(day);
        };
    }

    /** The clock of the screens. */
    public Supplier<LocalDate> today() {
        return today;
    }

    /**
     * Tells the editor that the specialty's entry changed: the rates must be checked again before
     * securing (seed 002: "Changing the invoice after it requires running it again").
     */
    public void changed() {
        if (state == null || state.isDisposed()) {
            return;
        }
        if (ratesChecked) {
            ratesChecked = false;
            state.setText(Messages.get("invoice.state.changed"));
        }
        if (saved != null && saved.state() == InvoiceState.SECURED) {
            state.setText(Messages.get("invoice.state.securedChanged", saved.number().toString()));
        }
    }

    // ---- patient -------------------------------------------------------------------------------

    private void readCard() {
        Optional<CardReaderService> driver = services.driver();
        if (driver.isEmpty()) {
            say(Messages.get("patients.read.noDriver"));
            return;
        }
        CpsSession session = services.session().orElse(null);
        CpsPinFlow pins = new CpsPinFlow(sync, body::getShell);
        say(Messages.get("patients.reading"));
        background(Messages.get("invoice.readCard"), () -> {
            try {
                List<CardReader> readers = driver.get().readers();
                Optional<CardReader> reader = readers.stream().filter(r -> r.card() == CardType.VITALE).findFirst();
                if (reader.isEmpty()) {
                    return Messages.get(readers.isEmpty() ? "patients.read.noReader" : "patients.read.noVitale");
                }
                CpsPinFlow.Outcome pin = pins.ensure(session, driver.get(), readers, CpsSession.Purpose.CARD_USE, false);
                if (!pin.authenticated()) {
                    return pin.message();
                }
                VitaleCard read = driver.get().readVitale(reader.get().name());
                sync.asyncExec(() -> showCard(read));
                return null;
            } catch (CardException e) {
                LOG.log(System.Logger.Level.WARNING, "invoice " + prefix + ": reading the Vitale card failed: " + e.reason() + ": " + e.getMessage());
                return Messages.get("patients.read.failed", CardTexts.error(e));
            }
        }, failure -> say(failure));
    }

    private void showCard(VitaleCard read) {
        if (beneficiaries.isDisposed()) {
            return;
        }
        card = read;
        beneficiaries.removeAll();
        for (Beneficiary b : read.beneficiaries()) {
            beneficiaries.add(b.lastName() + " " + b.firstName() + " (" + CardTexts.birthDate(b.birthDate()) + ")");
        }
        beneficiaries.select(0);
        beneficiaryChosen();
        say(Messages.get("invoice.card.read", read.beneficiaries().size(), read.serial()));
    }

    private void beneficiaryChosen() {
        Optional<Beneficiary> chosen = chosen();
        patient.setText(chosen.map(this::describe).orElse(Messages.get("invoice.patient.none")));
        check = null;
        changed();
        body.layout(true, true);
    }

    private Optional<Beneficiary> chosen() {
        if (card == null || beneficiaries.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        return Optional.of(card.beneficiaries().get(beneficiaries.getSelectionIndex()));
    }

    private String describe(Beneficiary b) {
        String nir = b.nir().map(CardTexts::nir).orElse(CardTexts.nir(card.insuredNir()));
        return b.lastName() + " " + b.firstName() + " " + CardTexts.birthDate(b.birthDate()) + " - " + b.birthRank() + " " + nir;
    }

    // ---- pricing -------------------------------------------------------------------------------

    private record Input(List<InvoiceLineInput> lines, LocalDate careDay, Optional<AmcRequest> amc) {
    }

    private Input input() {
        List<InvoiceLineInput> lines = entry.lines();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("invoice.error.noLine"));
        }
        LocalDate day = careDate.value().orElseThrow(() -> new IllegalArgumentException(Messages.get("invoice.error.careDate")));
        String typed = amc.getText().strip().replace(',', '.');
        Optional<AmcRequest> amcRequest;
        try {
            amcRequest = typed.isEmpty() ? Optional.empty() : Optional.of(new AmcRequest(Money.parse(typed)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("pricing.error.amc"), e);
        }
        return new Input(lines, day, amcRequest);
    }

    private PricingRequest request(Input input, Coverage coverage, Optional<org.openfse.core.tariff.RenewalIndicator> renewal) {
        List<ActLine> acts = input.lines().stream().map(InvoiceLineInput::act).toList();
        return new PricingRequest(specialty, input.careDay(), coverage, input.amc(), acts, renewal);
    }

    private PricedInvoice price(PricingRequest request) throws PricingException {
        TariffEngine engine = services.tariff().orElseThrow(() -> new IllegalArgumentException(Messages.get("pricing.error.noEngine")));
        return engine.price(request);
    }

    private void compute() {
        try {
            Input input = input();
            Coverage coverage = check != null && services.rates().isPresent() ? services.rates().get().coverage(check) : Coverage.maladie();
            PricedInvoice result = price(request(input, coverage, entry.renewal()));
            table.show(input.lines(), result, false, check != null && check.aldRelated(), Optional.empty());
            say(ratesChecked ? "" : Messages.get("invoice.computed"));
        } catch (PricingException e) {
            say(Messages.get("pricing.error.refused", e.field(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
    }

    // ---- vérification du taux --------------------------------------------------------------------

    /** What the cards and ADRi say now, asked off the UI thread. */
    private record Cards(boolean vitalePresent, boolean cpsAuthenticated, Optional<RightsAnswer> rights) {
    }

    private Cards cardsNow(Beneficiary beneficiary, LocalDate careDay) {
        boolean vitale = false;
        Optional<CardReaderService> driver = services.driver();
        if (driver.isPresent()) {
            try {
                vitale = driver.get().readers().stream().anyMatch(r -> r.card() == CardType.VITALE);
            } catch (CardException e) {
                LOG.log(System.Logger.Level.INFO, "card readers not listed: " + e.reason() + ": " + e.getMessage());
            }
        }
        boolean cps = services.session().flatMap(CpsSession::current).isPresent();
        Optional<RightsAnswer> rights = Optional.empty();
        if (services.adri().isPresent() && card != null) {
            try {
                // DOMAIN.md "Rights": ADRi is asked automatically at billing (mode automatique).
                rights = Optional.of(services.adri().get().rights(new RightsQuery(card.insuredNir(), beneficiary, careDay, today.get(),
                        AdriMode.AUTOMATIC, AdriTrigger.BILLING)));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "ADRi query failed, the card's rights are used: " + e);
            }
        }
        return new Cards(vitale, cps, rights);
    }

    private RateCheckContext context(Input input, Beneficiary beneficiary, Cards cards) {
        RateCheckContext.Builder builder = RateCheckContext.builder(specialty, today.get(), input.careDay())
                .cardBeneficiary(beneficiary).vitalePresent(cards.vitalePresent()).cpsAuthenticated(cards.cpsAuthenticated())
                .amoTiersPayant(true).amcTiersPayant(input.amc().isPresent()).amcTransmission(input.amc().isPresent());
        entry.prescriptionDate().ifPresent(date -> builder.prescription(date, entry.renewal()));
        cards.rights().ifPresent(builder::rights);
        return builder.build();
    }

    /** Runs Vérif.taux; {@code then} runs once the invoice is saved with its rates checked. */
    private void verify(Runnable then) {
        Prepared prepared = prepare();
        if (prepared == null) {
            return;
        }
        withCards(prepared, cards -> {
            RateCheckService rates = prepared.rates();
            RateCheckContext context = context(prepared.input(), prepared.beneficiary(), cards);
            RateCheck initial = check == null ? rates.prefill(context)
                    : check.toBuilder().actDate(prepared.input().careDay()).prescriptionDate(entry.prescriptionDate()).build();
            String title = invoiceId.isPresent() && saved != null
                    ? Messages.get("ratecheck.title.invoice", saved.number().toString(), DateInput.FORMAT.format(today.get()))
                    : Messages.get("ratecheck.title");
            RateCheckDialog dialog = new RateCheckDialog(body.getShell(), title, rates, context, initial, today);
            if (dialog.open() != Window.OK || dialog.result().isEmpty()) {
                say(Messages.get("invoice.verify.cancelled"));
                return;
            }
            check = dialog.result().get();
            if (save(prepared) && then != null) {
                then.run();
            }
        });
    }

    private record Prepared(Input input, Beneficiary beneficiary, RateCheckService rates, BillingService billing, Store store) {
    }

    /** Reads the screen and the services; says what is missing and returns null. */
    private Prepared prepare() {
        if (busy) {
            return null;
        }
        try {
            Input input = input();
            Beneficiary beneficiary = chosen().orElseThrow(() -> new IllegalArgumentException(Messages.get("invoice.error.noPatient")));
            RateCheckService rates = services.rates().orElseThrow(() -> new IllegalArgumentException(Messages.get("invoice.error.noSesam")));
            BillingService billing = services.billing().orElseThrow(() -> new IllegalArgumentException(Messages.get("invoice.error.noBilling")));
            Store store = services.store().orElseThrow(() -> new IllegalArgumentException(Messages.get("invoice.error.noStore")));
            return new Prepared(input, beneficiary, rates, billing, store);
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return null;
        }
    }

    /** Prices with the check's coverage and saves the draft with its rates checked; false (and a message) when refused. */
    private boolean save(Prepared prepared) {
        String actor = actor();
        try {
            PricingRequest request = request(prepared.input(), prepared.rates().coverage(check), check.renewal());
            PricedInvoice result = price(request);
            CardFolders.Ids ids = new CardFolders().resolve(prepared.store(), actor, card, prepared.beneficiary(),
                    entry.prescriptionDate().map(date -> new CardFolders.PrescriptionInput(date, entry.renewal(), entry.prescriber())));
            long practitionerId = practitioner(prepared.store());
            DraftRequest draft = DraftRequest.fse(practitionerId, ids.patientId(), ids.beneficiaryId(), request, result)
                    .withTiersPayant(check.amoTiersPayant(), check.amcTiersPayant());
            if (ids.prescriptionId().isPresent()) {
                draft = draft.withPrescription(ids.prescriptionId().getAsLong());
            }
            BillingService billing = prepared.billing();
            boolean editable = saved != null && (saved.state() == InvoiceState.DRAFT || saved.state() == InvoiceState.RATES_CHECKED);
            InvoiceSummary summary = editable ? billing.updateDraft(actor, saved.id(), draft) : billing.createDraft(actor, draft);
            summary = billing.markRatesChecked(actor, summary.id(), ratesCheck(check));
            saved = summary;
            invoiceId = OptionalLong.of(summary.id());
            priced = result;
            pricedLines = prepared.input().lines();
            ratesChecked = true;
            table.show(pricedLines, result, true, check.aldRelated(), check.effectiveExemptionCode());
            state.setText(Messages.get("invoice.state.checked", summary.number().toString()));
            say(Messages.get("invoice.verified", Amounts.plain(result.amo()), Amounts.plain(result.amc()), Amounts.plain(result.patient())));
            LOG.log(System.Logger.Level.INFO, "invoice " + summary.number() + " (" + specialty + ") saved, rates checked, by " + actor);
            return true;
        } catch (PricingException e) {
            say(Messages.get("pricing.error.refused", e.field(), e.getMessage()));
        } catch (BillingException | IllegalTransitionException e) {
            LOG.log(System.Logger.Level.WARNING, "invoice " + specialty + ": saving refused: " + e.getMessage());
            say(e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "invoice " + specialty + ": saving failed: " + e);
            say(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "invoice " + specialty + ": saving failed", e);
            say(Messages.get("invoice.error.store", String.valueOf(e.getMessage())));
        }
        return false;
    }

    private static RatesCheck ratesCheck(RateCheck check) {
        List<ForcingEntry> forcings = check.forcings().stream().filter(f -> f.kind().coverageForcing().isPresent())
                .map(f -> new ForcingEntry(f.kind().coverageForcing().get(), f.value().indicator().orElse(""), f.value().text(), f.period()))
                .toList();
        return new RatesCheck(check.amoJustification().name(), check.amcJustification().name(), check.commonLawAccident(),
                check.aldRelated(), check.attackVictim(), check.alsaceMoselle(), check.nature(), check.effectiveExemptionCode(),
                check.secureMode(), forcings);
    }

    /**
     * The store id of the practitioner who bills: the one of the CPS card read today; in demo mode,
     * when that card belongs to another specialty, the demo practitioner of this specialty.
     */
    private long practitioner(Store store) {
        Optional<String> ps = services.session().flatMap(CpsSession::current).map(a -> a.card().psNumber());
        return store.inTransaction(tx -> {
            var practitioners = tx.repository(Practitioner.class);
            if (ps.isPresent()) {
                for (Practitioner p : practitioners.findBy("psNumber", ps.get())) {
                    if (specialty.equals(p.getProfession()) || RunMode.current() != RunMode.DEMO) {
                        return practitioners.idOf(p);
                    }
                }
            }
            if (RunMode.current() == RunMode.DEMO) {
                for (Practitioner p : practitioners.findBy("profession", specialty)) {
                    return practitioners.idOf(p);
                }
            }
            throw new IllegalArgumentException(ps.isPresent() ? Messages.get("invoice.error.unknownPs", ps.get())
                    : Messages.get("invoice.error.noCps"));
        });
    }

    private String actor() {
        return services.session().flatMap(CpsSession::current).map(a -> a.card().psNumber()).orElse("poste");
    }

    // ---- forçages --------------------------------------------------------------------------------

    private void forcings() {
        Prepared prepared = prepare();
        if (prepared == null) {
            return;
        }
        withCards(prepared, cards -> {
            RateCheckContext context = context(prepared.input(), prepared.beneficiary(), cards);
            RateCheck current = check == null ? prepared.rates().prefill(context) : check;
            ForcingsDialog dialog = new ForcingsDialog(body.getShell(), prepared.rates(), context, current, actor(), today);
            dialog.open();
            boolean changedForcings = !dialog.check().forcings().equals(current.forcings());
            check = dialog.check();
            if (changedForcings && ratesChecked) {
                save(prepared);
            } else if (changedForcings) {
                say(Messages.get("invoice.forcings.saved", check.forcings().size()));
            }
        });
    }

    // ---- sécurisation ----------------------------------------------------------------------------

    private void validate() {
        if (saved != null && saved.state() == InvoiceState.SECURED && ratesChecked) {
            say(Messages.get("invoice.alreadySecured", saved.number().toString()));
            return;
        }
        if (!ratesChecked) {
            verify(this::summaryAndSign);
        } else {
            // Dialogs open after the click's event has returned (a dialog's loop never runs inside a listener).
            body.getDisplay().asyncExec(this::summaryAndSign);
        }
    }

    private void summaryAndSign() {
        BillingService billing = services.billing().orElse(null);
        Beneficiary beneficiary = chosen().orElse(null);
        if (billing == null || beneficiary == null || saved == null || priced == null) {
            say(Messages.get("invoice.error.notChecked"));
            return;
        }
        SecureMode mode = check.secureMode();
        String modeLabel = Messages.get("invoice.mode." + mode.name());
        String amo = Messages.get("fse.amo", beneficiary.amoRegime(), beneficiary.amoFund(), beneficiary.amoCentre());
        Optional<String> prescription = entry.prescriptionDate().map(date -> Messages.get("fse.prescription",
                DateInput.FORMAT.format(date), entry.prescriber()).strip());
        FseSummary summary = new FseSummary(saved.number(), today.get(), mode, modeLabel, describe(beneficiary), amo, prescription,
                saved.careDate(), priced, check.effectiveExemptionCode().orElse("0"), check.amoTiersPayant(), check.amcTransmission(),
                check.amcTiersPayant());
        long id = saved.id();
        String actor = actor();
        FseSummaryDialog dialog = new FseSummaryDialog(body.getShell(), summary, file -> {
            try {
                saved = billing.attach(actor, id, DocumentKind.PAPER_FS, file);
                return Optional.empty();
            } catch (BillingException e) {
                return Optional.of(e.getMessage());
            }
        });
        if (dialog.open() != Window.OK) {
            say(Messages.get("invoice.sign.cancelled"));
            return;
        }
        sign(billing, id, mode);
    }

    private void sign(BillingService billing, long id, SecureMode mode) {
        Optional<CardReaderService> driver = services.driver();
        CpsSession session = services.session().orElse(null);
        CpsPinFlow pins = new CpsPinFlow(sync, body::getShell);
        say(Messages.get("invoice.signing"));
        setBusy(true);
        background(Messages.get("invoice.validate"), () -> {
            boolean cps = false;
            boolean vitale = false;
            if (driver.isPresent()) {
                try {
                    List<CardReader> readers = driver.get().readers();
                    vitale = readers.stream().anyMatch(r -> r.card() == CardType.VITALE);
                    if (mode != SecureMode.NON_SECURISE) {
                        CpsPinFlow.Outcome pin = pins.ensure(session, driver.get(), readers, CpsSession.Purpose.CARD_USE,
                                session != null && session.current().isEmpty());
                        cps = pin.authenticated() && session != null && session.current().isPresent();
                    }
                } catch (CardException e) {
                    LOG.log(System.Logger.Level.WARNING, "cards not read before securing: " + e.reason() + ": " + e.getMessage());
                }
            }
            SecureOptions options = new SecureOptions(mode, cps, vitale);
            String actor = actor();
            sync.asyncExec(() -> secure(billing, id, options, actor));
            return null;
        }, failure -> {
            setBusy(false);
            say(failure);
        });
    }

    private void secure(BillingService billing, long id, SecureOptions options, String actor) {
        setBusy(false);
        try {
            InvoiceSummary secured = billing.secure(actor, id, options);
            saved = secured;
            state.setText(Messages.get("invoice.state.secured", Messages.get("invoice.mode." + options.mode().name()),
                    secured.number().toString()));
            say(Messages.get("invoice.secured", secured.number().toString(), Amounts.plain(secured.totalFees()),
                    Amounts.plain(secured.totalAmo()), Amounts.plain(secured.totalAmc()), Amounts.plain(secured.totalPatient())));
            LOG.log(System.Logger.Level.INFO, "invoice " + secured.number() + " secured in mode " + options.mode() + " by " + actor);
        } catch (BillingException e) {
            LOG.log(System.Logger.Level.WARNING, "securing invoice " + id + " refused: " + e.reason() + ": " + e.getMessage());
            String findings = e.findings().stream().filter(f -> f.severity() == CheckResult.Severity.BLOCKING)
                    .map(CheckResult::message).collect(Collectors.joining("\n"));
            say(findings.isEmpty() ? e.getMessage() : e.getMessage() + "\n" + findings);
        } catch (IllegalTransitionException e) {
            say(e.getMessage());
        }
    }

    private void startNew() {
        saved = null;
        invoiceId = OptionalLong.empty();
        check = null;
        ratesChecked = false;
        priced = null;
        table.clear();
        state.setText(Messages.get("invoice.state.new"));
        say("");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void withCards(Prepared prepared, Consumer<Cards> then) {
        setBusy(true);
        background(Messages.get("invoice.verify"), () -> {
            Cards cards = cardsNow(prepared.beneficiary(), prepared.input().careDay());
            sync.asyncExec(() -> {
                setBusy(false);
                if (!body.isDisposed()) {
                    then.accept(cards);
                }
            });
            return null;
        }, failure -> {
            setBusy(false);
            say(failure);
        });
    }

    /** Runs {@code work} in a job; a non-null result is a French message shown by {@code onFailure} on the UI thread. */
    private void background(String name, Supplier<String> work, Consumer<String> onFailure) {
        Job job = Job.create(name, monitor -> {
            String failure;
            try {
                failure = work.get();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "invoice " + prefix + ": " + name + " failed", e);
                failure = Messages.get("invoice.error.unexpected", String.valueOf(e.getMessage()));
            }
            if (failure != null) {
                String shown = failure;
                sync.asyncExec(() -> onFailure.accept(shown));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void setBusy(boolean value) {
        busy = value;
        for (Button button : actions) {
            if (!button.isDisposed()) {
                button.setEnabled(!value);
            }
        }
    }

    private void say(String text) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text == null ? "" : text);
        body.layout(true, true);
    }
}
