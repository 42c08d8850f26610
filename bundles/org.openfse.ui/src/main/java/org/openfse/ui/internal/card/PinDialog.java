package org.openfse.ui.internal.card;

import java.util.Arrays;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/**
 * Asks the CPS PIN (seed 002: "le code de la CPS (4 chiffres) sera demandé à l'écran"). The digits
 * are checked here (4 digits) so that a typing mistake never costs a try on the card; the PIN is
 * handed over as a {@code char[]} that the caller clears, and the field is emptied.
 */
final class PinDialog extends Dialog {

    static final int PIN_LENGTH = 4;

    private final String holder;
    private final String notice;
    private final int triesLeft;
    private Text field;
    private Label message;
    private char[] pin;

    /**
     * @param holder who the card belongs to, as shown
     * @param notice a line above the field (the previous try was wrong...), empty for none
     * @param triesLeft the tries the card has left, {@code -1} when unknown
     */
    PinDialog(Shell parent, String holder, String notice, int triesLeft) {
        super(parent);
        this.holder = holder;
        this.notice = notice;
        this.triesLeft = triesLeft;
    }

    /** The PIN typed, or {@code null} when the dialog was cancelled. The caller clears it. */
    char[] pin() {
        return pin;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("pin.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.get("pin.intro", holder));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 380;
        intro.setLayoutData(wide);
        new Label(area, SWT.NONE).setText(Messages.get("pin.label"));
        field = Widgets.id(new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE), UiIds.PIN_FIELD);
        field.setTextLimit(PIN_LENGTH);
        GridData fieldData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        fieldData.widthHint = 80;
        field.setLayoutData(fieldData);
        message = Widgets.id(new Label(area, SWT.WRAP), UiIds.PIN_MESSAGE);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        messageData.widthHint = 380;
        message.setLayoutData(messageData);
        String tries = triesLeft > 0 ? Messages.get("pin.triesLeft", triesLeft) : "";
        message.setText(notice.isEmpty() ? tries : notice);
        if (!notice.isEmpty()) {
            message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("pin.ok"), true), UiIds.PIN_OK);
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("pin.cancel"), false), UiIds.PIN_CANCEL);
    }

    @Override
    protected Point getInitialSize() {
        return getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
    }

    @Override
    protected void okPressed() {
        char[] typed = field.getTextChars();
        boolean valid = typed.length == PIN_LENGTH;
        for (char c : typed) {
            valid &= c >= '0' && c <= '9';
        }
        if (!valid) {
            Arrays.fill(typed, '\0');
            field.setText("");
            message.setText(Messages.get("pin.format"));
            message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            message.requestLayout();
            field.setFocus();
            return;
        }
        pin = typed;
        field.setText("");
        super.okPressed();
    }

    @Override
    protected void cancelPressed() {
        field.setText("");
        pin = null;
        super.cancelPressed();
    }
}
