package org.openfse.ui.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.FieldMessage;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckField;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.core.sesam.RateCheckValidation;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.invoice.AttestationDialog;

/**
 * The "Vérification taux" dialog of seed 002: every field of the {@link RateCheckService}, in its
 * order, with its French label, shown and editable as the service says, pre-filled by the caller
 * ({@link RateCheckService#prefill}). "Valider" checks the answers with
 * {@link RateCheckService#validate}: errors are shown under their field and the dialog stays open;
 * when they are valid the dialog closes and {@link #result()} holds the check.
 *
 * <p>Widget ids: {@code ratecheck.<FIELD>} (the field's widget: a date text, a combo, a check box,
 * a text, a label for Droits AMO, a button for Attestation AMC), {@code ratecheck.<FIELD>.message},
 * {@code ratecheck.message}, {@code ratecheck.ok}, {@code ratecheck.cancel}. Window title
 * "Vérification taux".
 */
public final class RateCheckDialog extends Dialog {

    /** Id prefix of the field widgets. */
    public static final String PREFIX = "ratecheck.";
    public static final String OK_BUTTON = "ratecheck.ok";
    public static final String CANCEL_BUTTON = "ratecheck.cancel";
    public static final String MESSAGE = "ratecheck.message";

    private static final Logger LOG = Logger.getLogger(RateCheckDialog.class.getName());

    private final RateCheckService service;
    private final RateCheckContext context;
    private final Supplier<LocalDate> today;
    private final String title;
    private RateCheck check;
    private RateCheck result;
    private final Map<RateCheckField, Row> rows = new EnumMap<>(RateCheckField.class);
    private Label message;

    /** One line of the form: label, widget, message. */
    private record Row(Label label, Control control, DateField date, Label message) {
    }

    /**
     * @param title the window title ("Vérification taux", or "Génération de la FSE - Facture n°…")
     */
    public RateCheckDialog(Shell parent, String title, RateCheckService service, RateCheckContext context, RateCheck initial,
            Supplier<LocalDate> today) {
        super(parent);
        this.title = title;
        this.service = service;
        this.context = context;
        this.check = initial;
        this.today = today;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The check validated, once the dialog was closed with "Valider". */
    public Optional<RateCheck> result() {
        return Optional.ofNullable(result);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        for (RateCheckField field : service.fields()) {
            rows.put(field, row(area, field));
        }
        message = Widgets.id(new Label(area, SWT.WRAP), MESSAGE);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 560;
        message.setLayoutData(data);
        refreshStates();
        return area;
    }

    private Row row(Composite area, RateCheckField field) {
        Label label = new Label(area, SWT.NONE);
        label.setText(service.label(field));
        String id = PREFIX + field.name();
        Control control;
        DateField date = null;
        switch (field) {
            case PRESCRIPTION_DATE, ACT_DATE, INVOICE_DATE, MATERNITY_DATE, WORK_ACCIDENT_DATE -> {
                date = new DateField(area, id, dateOf(field), today);
                date.onChange(this::refreshStates);
                control = date.control();
            }
            case AMO_JUSTIFICATION, AMC_JUSTIFICATION -> control = combo(area, id, labels(Justification.values()),
                    (field == RateCheckField.AMO_JUSTIFICATION ? check.amoJustification() : check.amcJustification()).ordinal());
            case AMO_RIGHTS -> {
                Label rights = Widgets.id(new Label(area, SWT.NONE), id);
                rights.setText(service.label(check.amoRights()));
                control = rights;
            }
            case COMMON_LAW_ACCIDENT, ALD -> control = combo(area, id, List.of(service.yesNo(false), service.yesNo(true)),
                    (field == RateCheckField.ALD ? check.aldRelated() : check.commonLawAccident()) ? 1 : 0);
            case RENEWAL -> {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(labels(RenewalIndicator.values()));
                control = combo(area, id, items, check.renewal().map(r -> r.ordinal() + 1).orElse(0));
            }
            case INSURANCE_NATURE -> control = combo(area, id, labels(InsuranceNature.values()), check.nature().ordinal());
            case SECURE_MODE -> control = combo(area, id, labels(SecureMode.values()), check.secureMode().ordinal());
            case ALSACE_MOSELLE, ATTACK_VICTIM, AMO_TIERS_PAYANT, AMC_TIERS_PAYANT, AMC_TRANSMISSION -> {
                Button box = Widgets.id(new Button(area, SWT.CHECK), id);
                box.setSelection(flag(field, check));
                box.addListener(SWT.Selection, event -> refreshStates());
                control = box;
            }
            case WORK_ACCIDENT_NUMBER, EXEMPTION -> {
                Text text = Widgets.id(new Text(area, SWT.BORDER), id);
                text.setText((field == RateCheckField.EXEMPTION ? check.exemptionCode() : check.workAccidentNumber()).orElse(""));
                text.addListener(SWT.Modify, event -> refreshStates());
                control = text;
            }
            case AMC_ATTESTATION -> {
                Button button = Widgets.id(new Button(area, SWT.PUSH), id);
                button.setText(service.label(field) + "…");
                button.addListener(SWT.Selection, event -> area.getDisplay().asyncExec(this::editAttestation));
                control = button;
            }
            default -> throw new IllegalStateException("field not shown: " + field);
        }
        if (!(control instanceof Label) && !(control instanceof Button b && (b.getStyle() & SWT.PUSH) != 0)) {
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            // Long choices (pièces justificatives, modes) must not widen the window beyond the screen.
            data.widthHint = control instanceof Button ? SWT.DEFAULT : 380;
            control.setLayoutData(data);
        }
        if (control instanceof Combo combo) {
            combo.addListener(SWT.Selection, event -> refreshStates());
        }
        Label fieldMessage = Widgets.id(new Label(area, SWT.WRAP), id + ".message");
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        messageData.widthHint = 260;
        fieldMessage.setLayoutData(messageData);
        fieldMessage.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return new Row(label, control, date, fieldMessage);
    }

    private Optional<LocalDate> dateOf(RateCheckField field) {
        return switch (field) {
            case PRESCRIPTION_DATE -> check.prescriptionDate();
            case ACT_DATE -> Optional.of(check.actDate());
            case INVOICE_DATE -> Optional.of(check.invoiceDate());
            case MATERNITY_DATE -> check.maternityDate();
            case WORK_ACCIDENT_DATE -> check.workAccidentDate();
            default -> Optional.empty();
        };
    }

    private static boolean flag(RateCheckField field, RateCheck check) {
        return switch (field) {
            case ALSACE_MOSELLE -> check.alsaceMoselle();
            case ATTACK_VICTIM -> check.attackVictim();
            case AMO_TIERS_PAYANT -> check.amoTiersPayant();
            case AMC_TIERS_PAYANT -> check.amcTiersPayant();
            case AMC_TRANSMISSION -> check.amcTransmission();
            default -> false;
        };
    }

    private List<String> labels(Enum<?>[] values) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> value : values) {
            labels.add(service.label(value));
        }
        return labels;
    }

    private static Combo combo(Composite area, String id, List<String> items, int selected) {
        Combo combo = Widgets.id(new Combo(area, SWT.READ_ONLY), id);
        combo.setItems(items.toArray(String[]::new));
        combo.select(selected);
        return combo;
    }

    private void editAttestation() {
        Shell parent = getShell();
        if (parent == null || parent.isDisposed()) {
            return;
        }
        AttestationDialog dialog = new AttestationDialog(parent, service.label(RateCheckField.AMC_ATTESTATION),
                check.amcAttestation().orElse(AmcAttestation.EMPTY), today);
        if (dialog.open() == OK) {
            try {
                check = read(false).amcAttestation(Optional.of(dialog.result())).build();
            } catch (IllegalArgumentException e) {
                message.setText(e.getMessage());
            }
        }
    }

    /**
     * The check as the widgets say.
     *
     * @throws IllegalArgumentException with a French message when a date is not one
     */
    private RateCheck.Builder read(boolean quiet) {
        RateCheck.Builder builder = check.toBuilder();
        for (Map.Entry<RateCheckField, Row> entry : rows.entrySet()) {
            RateCheckField field = entry.getKey();
            Row row = entry.getValue();
            if (row.date() != null) {
                Optional<LocalDate> value = quiet ? row.date().peek() : row.date().value();
                switch (field) {
                    case PRESCRIPTION_DATE -> builder.prescriptionDate(value);
                    case ACT_DATE -> builder.actDate(value.orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("ratecheck.error.required", service.label(field)))));
                    case INVOICE_DATE -> builder.invoiceDate(value.orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("ratecheck.error.required", service.label(field)))));
                    case MATERNITY_DATE -> builder.maternityDate(value);
                    case WORK_ACCIDENT_DATE -> builder.workAccidentDate(value);
                    default -> { }
                }
                continue;
            }
            Control control = row.control();
            switch (field) {
                case AMO_JUSTIFICATION -> builder.amoJustification(Justification.values()[index(control)]);
                case AMC_JUSTIFICATION -> builder.amcJustification(Justification.values()[index(control)]);
                case COMMON_LAW_ACCIDENT -> builder.commonLawAccident(index(control) == 1);
                case ALD -> builder.aldRelated(index(control) == 1);
                case RENEWAL -> builder.renewal(index(control) == 0 ? Optional.empty() : Optional.of(RenewalIndicator.values()[index(control) - 1]));
                case INSURANCE_NATURE -> builder.nature(InsuranceNature.values()[index(control)]);
                case SECURE_MODE -> builder.secureMode(SecureMode.values()[index(control)]);
                case ALSACE_MOSELLE -> builder.alsaceMoselle(((Button) control).getSelection());
                case ATTACK_VICTIM -> builder.attackVictim(((Button) control).getSelection());
                case AMO_TIERS_PAYANT -> builder.amoTiersPayant(((Button) control).getSelection());
                case AMC_TIERS_PAYANT -> builder.amcTiersPayant(((Button) control).getSelection());
                case AMC_TRANSMISSION -> builder.amcTransmission(((Button) control).getSelection());
                case WORK_ACCIDENT_NUMBER -> builder.workAccidentNumber(optional(((Text) control).getText()));
                case EXEMPTION -> builder.exemptionCode(optional(((Text) control).getText()));
                default -> { }
            }
        }
        return builder;
    }

    private static int index(Control control) {
        return Math.max(0, ((Combo) control).getSelectionIndex());
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** Shows and enables the fields as the service says for the values entered now. */
    private void refreshStates() {
        RateCheck current;
        try {
            current = read(true).build();
        } catch (IllegalArgumentException e) {
            return;
        }
        for (Map.Entry<RateCheckField, Row> entry : rows.entrySet()) {
            boolean visible = service.visible(entry.getKey(), current);
            boolean editable = service.editable(entry.getKey(), current);
            Row row = entry.getValue();
            for (Control control : List.of(row.label(), row.control(), row.message())) {
                control.setVisible(visible);
                Object data = control.getLayoutData();
                if (data == null) {
                    data = new GridData();
                    control.setLayoutData(data);
                }
                ((GridData) data).exclude = !visible;
            }
            if (row.date() != null) {
                row.date().text().setEnabled(editable);
            } else {
                row.control().setEnabled(editable);
            }
        }
        // Before the window is open JFace computes its size with the buttons; afterwards it follows the fields shown.
        if (getShell() != null && !getShell().isDisposed() && getShell().isVisible()) {
            getShell().layout(true, true);
            getShell().pack();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.back"), false), CANCEL_BUTTON);
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true), OK_BUTTON);
    }

    @Override
    protected void okPressed() {
        for (Row row : rows.values()) {
            row.message().setText("");
        }
        message.setText("");
        RateCheck candidate;
        try {
            candidate = read(false).build();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            getShell().layout(true, true);
            return;
        }
        RateCheckValidation validation = service.validate(candidate, context);
        for (FieldMessage fieldMessage : validation.messages()) {
            Row row = rows.get(fieldMessage.field());
            if (row != null) {
                String previous = row.message().getText();
                row.message().setText(previous.isEmpty() ? fieldMessage.text() : previous + "\n" + fieldMessage.text());
            }
        }
        if (!validation.valid()) {
            LOG.info(() -> "vérification du taux refused: " + validation.errors());
            message.setText(Messages.get("ratecheck.invalid", validation.errors().size()));
            getShell().layout(true, true);
            getShell().pack();
            return;
        }
        result = candidate;
        super.okPressed();
    }
}
