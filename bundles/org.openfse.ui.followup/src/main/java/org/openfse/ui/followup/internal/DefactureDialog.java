package org.openfse.ui.followup.internal;

import java.util.function.BiConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.api.Widgets;

/**
 * The small "Défacturer" dialog of Suivi facturations: the reject cause (pre-filled with the reject
 * shown for the invoice) and the corrections to make. It does not run its own event loop: "Défacturer"
 * hands both texts to {@code confirmed} and closes; an empty cause is refused in French.
 */
final class DefactureDialog {

    private final Shell shell;

    private DefactureDialog(Shell parent, String title, String cause, BiConsumer<String, String> confirmed) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        shell.setData(org.openfse.ui.api.UiIds.WIDGET_KEY, ReturnsPart.DEFACTURE_DIALOG);
        shell.setLayout(new GridLayout(2, false));
        new Label(shell, SWT.NONE).setText(Texts.get("returns.billing.defacture.cause"));
        Text causeField = Widgets.id(new Text(shell, SWT.BORDER), ReturnsPart.DEFACTURE_CAUSE);
        causeField.setText(cause);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 380;
        causeField.setLayoutData(wide);
        Label commentLabel = new Label(shell, SWT.NONE);
        commentLabel.setText(Texts.get("returns.billing.defacture.comment"));
        commentLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text commentField = Widgets.id(new Text(shell, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), ReturnsPart.DEFACTURE_COMMENT);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 70;
        commentField.setLayoutData(tall);
        Label error = new Label(shell, SWT.WRAP);
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        Button ok = Widgets.id(new Button(buttons, SWT.PUSH), ReturnsPart.DEFACTURE_OK);
        ok.setText(Texts.get("returns.billing.defacture"));
        Button cancel = Widgets.id(new Button(buttons, SWT.PUSH), ReturnsPart.DEFACTURE_CANCEL);
        cancel.setText(Texts.get("returns.billing.defacture.cancel"));
        ok.addListener(SWT.Selection, event -> {
            String chosen = causeField.getText().strip();
            if (chosen.isEmpty()) {
                error.setText(Texts.get("returns.billing.defacture.causeRequired"));
                shell.layout();
                return;
            }
            String comment = commentField.getText().strip();
            shell.dispose();
            confirmed.accept(chosen, comment);
        });
        cancel.addListener(SWT.Selection, event -> shell.dispose());
        shell.setDefaultButton(ok);
        shell.pack();
        org.eclipse.swt.graphics.Rectangle over = parent.getBounds();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        shell.setLocation(over.x + Math.max(0, (over.width - size.x) / 2), over.y + Math.max(0, (over.height - size.y) / 3));
    }

    /** Opens the dialog over {@code parent} and returns at once. */
    static void open(Shell parent, String title, String cause, BiConsumer<String, String> confirmed) {
        new DefactureDialog(parent, title, cause, confirmed).shell.open();
    }
}
