package org.openfse.ui.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.ForcingDecision;
import org.openfse.core.sesam.ForcingKind;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.ForcingRefusedException;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.invoice.AttestationForm;

/**
 * The "SESAM-Vitale" button of seed 002's "Détail remboursements": the forçages (Maternité,
 * Situation ETM, Service AMO, Siècle naissance, Attestation AMC), one button each, the forced value
 * shown next to it. Each opens its own window with the card's value and the forced one, "Supprimer
 * le forçage" and "Valider"; the rules are the {@link RateCheckService}'s
 * ({@link RateCheckService#checkForcing}), a refusal is shown in French and nothing changes.
 *
 * <p>Widget ids: {@code forcings.<KIND>} (button), {@code forcings.<KIND>.state} (label),
 * {@code forcings.ok}; in a forçage window {@code forcing.<field>} ({@code maternityEnd},
 * {@code exemption}, {@code amoService.code}, {@code amoService.start}, {@code amoService.end},
 * {@code century}, {@code attestation.*}), {@code forcing.message}, {@code forcing.remove},
 * {@code forcing.cancel}, {@code forcing.ok}. Window titles "Sesam Vitale" and the forçage's label.
 */
public final class ForcingsDialog extends Dialog {

    private static final Logger LOG = Logger.getLogger(ForcingsDialog.class.getName());

    private final RateCheckService service;
    private final RateCheckContext context;
    private final String actor;
    private final Supplier<LocalDate> today;
    private RateCheck check;
    private final Map<ForcingKind, Label> states = new EnumMap<>(ForcingKind.class);

    /**
     * @param actor who forces, stored with each forçage
     */
    public ForcingsDialog(Shell parent, RateCheckService service, RateCheckContext context, RateCheck check, String actor,
            Supplier<LocalDate> today) {
        super(parent);
        this.service = service;
        this.context = context;
        this.check = check;
        this.actor = actor;
        this.today = today;
    }

    /** The check with the forçages as they are now (applied or removed). */
    public RateCheck check() {
        return check;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("forcings.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        for (ForcingKind kind : service.forcingKinds()) {
            Button button = Widgets.id(new Button(area, SWT.PUSH), "forcings." + kind.name());
            button.setText(service.label(kind));
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
            button.addListener(SWT.Selection, event -> area.getDisplay().asyncExec(() -> edit(kind)));
            Label state = Widgets.id(new Label(area, SWT.NONE), "forcings." + kind.name() + ".state");
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 320;
            state.setLayoutData(data);
            states.put(kind, state);
        }
        showStates();
        return area;
    }

    private void showStates() {
        for (Map.Entry<ForcingKind, Label> entry : states.entrySet()) {
            Optional<ForcingRecord> forcing = check.forcing(entry.getKey());
            entry.getValue().setText(forcing.map(f -> Messages.get("forcings.forced", f.value().text(), f.by())).orElse(Messages.get("forcings.none")));
        }
    }

    private void edit(ForcingKind kind) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        ForcingWindow window = new ForcingWindow(getShell(), kind);
        window.open();
        showStates();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true), "forcings.ok");
    }

    /** The window of one forçage. */
    private final class ForcingWindow extends Dialog {

        private final ForcingKind kind;
        private DateField maternityEnd;
        private Text exemption;
        private Text serviceCode;
        private DateField serviceStart;
        private DateField serviceEnd;
        private Combo century;
        private AttestationForm attestation;
        private Label message;

        ForcingWindow(Shell parent, ForcingKind kind) {
            super(parent);
            this.kind = kind;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(service.label(kind));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Optional<ForcingRecord> current = check.forcing(kind);
            switch (kind) {
                case MATERNITY_END -> {
                    value(area, "forcing.maternity.theoretical", check.maternityEnd().map(DateInput.FORMAT::format).orElse(Messages.get("forcing.unknown")));
                    label(area, "forcing.maternity.forced");
                    maternityEnd = new DateField(area, "forcing.maternityEnd", check.effectiveMaternityEnd(), today);
                }
                case EXEMPTION -> {
                    value(area, "forcing.exemption.card", check.exemptionCode().orElse(Messages.get("forcing.none")));
                    label(area, "forcing.exemption.forced");
                    exemption = text(area, "forcing.exemption", check.effectiveExemptionCode().orElse(""));
                }
                case AMO_SERVICE -> {
                    heading(area, "forcing.amoService.card");
                    value(area, "forcing.amoService.code", check.amoService().map(ForcingsDialog::service).orElse(Messages.get("forcing.none")));
                    heading(area, "forcing.amoService.forced");
                    Optional<AmoService> forced = current.map(f -> ((ForcingValue.AmoServiceForcing) f.value()).forced());
                    label(area, "forcing.amoService.code");
                    serviceCode = text(area, "forcing.amoService.code", forced.map(AmoService::code).orElse(""));
                    label(area, "forcing.amoService.start");
                    serviceStart = new DateField(area, "forcing.amoService.start", forced.flatMap(AmoService::period).map(Period::from), today);
                    label(area, "forcing.amoService.end");
                    serviceEnd = new DateField(area, "forcing.amoService.end", forced.flatMap(AmoService::period).flatMap(Period::to), today);
                }
                case BIRTH_CENTURY -> {
                    value(area, "forcing.century.birthDate", cardBirthDate().orElse(Messages.get("forcing.unknown")));
                    label(area, "forcing.century.century");
                    century = Widgets.id(new Combo(area, SWT.READ_ONLY), "forcing.century");
                    century.setItems("18", "19", "20");
                    int chosen = current.map(f -> ((ForcingValue.BirthCentury) f.value()).century()).orElse(19);
                    century.select(Math.max(0, chosen - 18));
                }
                case AMC_ATTESTATION -> {
                    Composite holder = new Composite(area, SWT.NONE);
                    holder.setLayout(new GridLayout(1, false));
                    holder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
                    attestation = new AttestationForm(holder, "forcing.attestation", check.effectiveAmcAttestation().orElse(AmcAttestation.EMPTY), today);
                }
                default -> throw new IllegalStateException("unknown forcing " + kind);
            }
            message = Widgets.id(new Label(area, SWT.WRAP), "forcing.message");
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            data.widthHint = 420;
            message.setLayoutData(data);
            message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            return area;
        }

        private Optional<String> cardBirthDate() {
            return context.cardBeneficiary().map(Beneficiary::birthDate);
        }

        private void label(Composite area, String key) {
            new Label(area, SWT.NONE).setText(Messages.get(key));
        }

        private void heading(Composite area, String key) {
            Label label = new Label(area, SWT.NONE);
            label.setText(Messages.get(key));
            label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }

        private void value(Composite area, String key, String value) {
            label(area, key);
            Label label = Widgets.id(new Label(area, SWT.NONE), key);
            label.setText(value);
        }

        private Text text(Composite area, String id, String value) {
            Text text = Widgets.id(new Text(area, SWT.BORDER), id);
            text.setText(value);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return text;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.back"), false), "forcing.cancel");
            Button remove = Widgets.id(createButton(parent, IDialogConstants.CLIENT_ID, Messages.get("forcing.remove"), false), "forcing.remove");
            remove.setEnabled(check.forcing(kind).isPresent());
            Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true), "forcing.ok");
        }

        @Override
        protected void buttonPressed(int buttonId) {
            if (buttonId == IDialogConstants.CLIENT_ID) {
                check = service.removeForcing(check, kind);
                LOG.info(() -> "forcing " + kind + " removed by " + actor);
                close();
                return;
            }
            super.buttonPressed(buttonId);
        }

        @Override
        protected void okPressed() {
            ForcingValue value;
            try {
                value = read();
            } catch (IllegalArgumentException e) {
                message.setText(e.getMessage());
                getShell().layout(true, true);
                return;
            }
            ForcingDecision decision = service.checkForcing(value, check);
            if (!decision.allowed()) {
                message.setText(decision.reason().orElse(""));
                getShell().layout(true, true);
                return;
            }
            try {
                check = service.applyForcing(check, new ForcingRecord(value, actor, Instant.now()));
            } catch (ForcingRefusedException e) {
                message.setText(e.getMessage());
                getShell().layout(true, true);
                return;
            }
            LOG.info(() -> "forcing " + kind + " = " + value.text() + " by " + actor);
            super.okPressed();
        }

        private ForcingValue read() {
            return switch (kind) {
                case MATERNITY_END -> new ForcingValue.MaternityEnd(check.maternityEnd(), maternityEnd.value()
                        .orElseThrow(() -> new IllegalArgumentException(Messages.get("forcing.error.maternityEnd"))));
                case EXEMPTION -> {
                    String code = exemption.getText().strip();
                    if (code.isEmpty()) {
                        throw new IllegalArgumentException(Messages.get("forcing.error.exemption"));
                    }
                    yield new ForcingValue.ExemptionForcing(check.exemptionCode(), code);
                }
                case AMO_SERVICE -> {
                    String code = serviceCode.getText().strip();
                    if (!code.matches("\\d{2}")) {
                        throw new IllegalArgumentException(Messages.get("forcing.error.amoService"));
                    }
                    Optional<LocalDate> start = serviceStart.value();
                    Optional<LocalDate> end = serviceEnd.value();
                    if (start.isEmpty() && end.isPresent()) {
                        throw new IllegalArgumentException(Messages.get("forcing.error.period"));
                    }
                    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                        throw new IllegalArgumentException(Messages.get("forcing.error.period"));
                    }
                    Optional<Period> period = start.map(from -> new Period(from, end));
                    yield new ForcingValue.AmoServiceForcing(check.amoService(), new AmoService(code, period));
                }
                case BIRTH_CENTURY -> new ForcingValue.BirthCentury(cardBirthDate()
                        .orElseThrow(() -> new IllegalArgumentException(Messages.get("forcing.error.noCard"))),
                        18 + Math.max(0, century.getSelectionIndex()));
                case AMC_ATTESTATION -> new ForcingValue.AmcAttestationForcing(attestation.value());
                default -> throw new IllegalStateException("unknown forcing " + kind);
            };
        }
    }

    private static String service(AmoService service) {
        return service.code() + service.period().map(p -> " " + Messages.get("forcing.period", DateInput.FORMAT.format(p.from()),
                p.to().map(DateInput.FORMAT::format).orElse("…"))).orElse("");
    }
}
