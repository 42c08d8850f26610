package org.openfse.ui.internal.invoice;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/** The "Attestation AMC" window opened from the Vérif.taux dialog (ids {@code attestation.*}). */
public final class AttestationDialog extends Dialog {

    private final String title;
    private final AmcAttestation initial;
    private final Supplier<LocalDate> today;
    private AttestationForm form;
    private Label message;
    private AmcAttestation result;

    public AttestationDialog(Shell parent, String title, AmcAttestation initial, Supplier<LocalDate> today) {
        super(parent);
        this.title = title;
        this.initial = initial;
        this.today = today;
    }

    public AmcAttestation result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        form = new AttestationForm(area, "attestation", initial, today);
        message = Widgets.id(new Label(area, SWT.WRAP), "attestation.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.back"), false), "attestation.cancel");
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true), "attestation.ok");
    }

    @Override
    protected void okPressed() {
        try {
            result = form.value();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            getShell().layout(true, true);
            return;
        }
        super.okPressed();
    }
}
