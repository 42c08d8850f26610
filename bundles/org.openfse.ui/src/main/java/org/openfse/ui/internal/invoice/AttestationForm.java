package org.openfse.ui.internal.invoice;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.Money;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.ui.api.DateField;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/**
 * The "Attestation AMC" form of seed 002, with the fields a DRE needs most: reference date,
 * gestion séparée, N° préfectoral, N° mutuelle, N° adhérent, N° PEC, montant PEC, type de
 * convention, critère secondaire, rights start and end. The other fields of the attestation are
 * kept as they were. Widget ids {@code <prefix>.<field>}.
 */
public final class AttestationForm {

    private AmcAttestation base;
    private final Combo referenceDate;
    private final Button separate;
    private final Text prefectoral;
    private final Text mutuelle;
    private final Text member;
    private final Text pecNumber;
    private final Text pecAmount;
    private final Text conventionType;
    private final Text secondary;
    private final DateField start;
    private final DateField end;

    public AttestationForm(Composite parent, String prefix, AmcAttestation initial, Supplier<LocalDate> today) {
        this.base = initial;
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        label(form, "attestation.referenceDate");
        referenceDate = Widgets.id(new Combo(form, SWT.READ_ONLY), prefix + ".referenceDate");
        for (AmcAttestation.ReferenceDate value : AmcAttestation.ReferenceDate.values()) {
            referenceDate.add(Messages.get("attestation.referenceDate." + value.name()));
        }
        referenceDate.select(initial.referenceDate().ordinal());
        label(form, "attestation.separate");
        separate = Widgets.id(new Button(form, SWT.CHECK), prefix + ".separate");
        separate.setSelection(initial.separateManagement());
        prefectoral = text(form, prefix + ".prefectoral", "attestation.prefectoral", initial.prefectoralNumber());
        mutuelle = text(form, prefix + ".mutuelle", "attestation.mutuelle", initial.mutuelleNumber());
        member = text(form, prefix + ".member", "attestation.member", initial.memberNumber());
        pecNumber = text(form, prefix + ".pecNumber", "attestation.pecNumber", initial.pecNumber());
        pecAmount = text(form, prefix + ".pecAmount", "attestation.pecAmount", initial.pecAmount().map(Money::toString).orElse(""));
        conventionType = text(form, prefix + ".conventionType", "attestation.conventionType", initial.conventionType());
        secondary = text(form, prefix + ".secondary", "attestation.secondary", initial.secondaryCriterion());
        new Label(form, SWT.NONE);
        new Label(form, SWT.NONE);
        label(form, "attestation.start");
        start = new DateField(form, prefix + ".start", initial.startDate(), today);
        label(form, "attestation.end");
        end = new DateField(form, prefix + ".end", initial.endDate(), today);
    }

    private static void label(Composite form, String key) {
        new Label(form, SWT.NONE).setText(Messages.get(key));
    }

    private static Text text(Composite form, String id, String key, String value) {
        label(form, key);
        Text text = Widgets.id(new Text(form, SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    /**
     * The attestation as entered.
     *
     * @throws IllegalArgumentException with a French message (a date or an amount that is not one)
     */
    public AmcAttestation value() {
        Optional<Money> amount;
        String typed = pecAmount.getText().strip().replace(',', '.');
        try {
            amount = typed.isEmpty() ? Optional.empty() : Optional.of(Money.parse(typed));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("attestation.error.amount", pecAmount.getText()), e);
        }
        AmcAttestation.ReferenceDate reference = AmcAttestation.ReferenceDate.values()[Math.max(0, referenceDate.getSelectionIndex())];
        AmcAttestation current = new AmcAttestation(reference, separate.getSelection(), prefectoral.getText().strip(),
                base.ediNumber(), conventionType.getText().strip(), base.guarantees(), base.insuredId(), pecNumber.getText().strip(),
                base.amoRefusal(), base.stsRouting(), base.hostId(), start.value(), base.specialAttestation(),
                mutuelle.getText().strip(), secondary.getText().strip(), member.getText().strip(), base.contractType(), amount,
                base.rcProcessing(), base.routingCode(), base.domain(), end.value());
        base = current;
        return current;
    }
}
