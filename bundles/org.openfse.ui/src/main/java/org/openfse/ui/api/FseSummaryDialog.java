package org.openfse.ui.api;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.PricedLine;
import org.openfse.ui.internal.Messages;

/**
 * The FSE summary shown before signing (seed 002: "le récapitulatif de la FSE apparaît avec les
 * informations qui vont être enregistrées"; nothing can be changed here). "Signer" closes it with
 * {@code OK}; "Annuler" with {@code CANCEL}. In dégradé mode the paper FS must be attached first
 * (SCOR): the button "Joindre la feuille de soins…" asks for the scanned file and hands it to the
 * caller's {@code attach} function, which returns the French refusal or empty; "Signer" stays
 * disabled until a file is attached.
 *
 * <p>Widget ids: {@code fse.title}, {@code fse.beneficiary}, {@code fse.prescription},
 * {@code fse.lines}, {@code fse.totals.fees}, {@code fse.totals.amo}, {@code fse.totals.amc},
 * {@code fse.totals.patient}, {@code fse.amoTiersPayant}, {@code fse.amcBilling},
 * {@code fse.amcTiersPayant}, {@code fse.attach}, {@code fse.message}, {@code fse.sign},
 * {@code fse.cancel}.
 */
public final class FseSummaryDialog extends Dialog {

    private final FseSummary summary;
    private final Function<Path, Optional<String>> attach;
    private boolean attached;
    private Label message;

    /**
     * @param attach stores the scanned paper FS of a dégradé invoice; returns the French refusal, or empty
     */
    public FseSummaryDialog(Shell parent, FseSummary summary, Function<Path, Optional<String>> attach) {
        super(parent);
        this.summary = summary;
        this.attach = attach;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("fse.window"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label title = Widgets.id(Widgets.title(area, Messages.get("fse.title", summary.number().toString(),
                DateInput.FORMAT.format(summary.invoiceDate()), summary.modeLabel())), "fse.title");
        title.setData("org.eclipse.e4.ui.css.CssClassName", "openfse-title");
        Group who = new Group(area, SWT.NONE);
        who.setText(Messages.get("fse.who"));
        who.setLayout(new GridLayout(2, true));
        who.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label beneficiary = Widgets.id(new Label(who, SWT.WRAP), "fse.beneficiary");
        beneficiary.setText(Messages.get("fse.beneficiary", summary.beneficiary(), summary.amo()));
        beneficiary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label prescription = Widgets.id(new Label(who, SWT.WRAP), "fse.prescription");
        prescription.setText(summary.prescription().orElse(Messages.get("fse.noPrescription")));
        prescription.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Label linesTitle = new Label(area, SWT.NONE);
        linesTitle.setText(Messages.get("fse.lines"));
        Table lines = Widgets.id(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), "fse.lines");
        lines.setHeaderVisible(true);
        lines.setLinesVisible(true);
        GridData linesData = new GridData(SWT.FILL, SWT.FILL, true, true);
        linesData.heightHint = 110;
        lines.setLayoutData(linesData);
        for (String column : new String[] {"code", "date", "fees", "base", "rate", "exo", "amo", "amc"}) {
            TableColumn tableColumn = new TableColumn(lines, column.equals("code") || column.equals("date") ? SWT.LEFT : SWT.RIGHT);
            tableColumn.setText(Messages.get("fse.column." + column));
            tableColumn.setWidth(column.equals("code") ? 85 : 100);
        }
        for (PricedLine line : summary.priced().lines()) {
            TableItem item = new TableItem(lines, SWT.NONE);
            item.setText(new String[] {line.code(), DateInput.FORMAT.format(summary.careDate()), Amounts.euros(line.net()),
                Amounts.euros(line.base()), line.rate() + "%", summary.exemption(), Amounts.euros(line.amo()), Amounts.euros(line.amc())});
        }

        Group totals = new Group(area, SWT.NONE);
        totals.setText(Messages.get("fse.totals"));
        totals.setLayout(new GridLayout(8, false));
        totals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        total(totals, "fse.totals.fees", Amounts.euros(summary.priced().net()));
        total(totals, "fse.totals.amo", Amounts.euros(summary.priced().amo()));
        total(totals, "fse.totals.amc", Amounts.euros(summary.priced().amc()));
        total(totals, "fse.totals.patient", Amounts.euros(summary.priced().patient()));

        Composite flags = new Composite(area, SWT.NONE);
        flags.setLayout(new GridLayout(3, false));
        flag(flags, "fse.amoTiersPayant", summary.amoTiersPayant());
        flag(flags, "fse.amcBilling", summary.amcBilling());
        flag(flags, "fse.amcTiersPayant", summary.amcTiersPayant());

        if (summary.mode() == SecureMode.DEGRADE) {
            Button attachButton = Widgets.id(new Button(area, SWT.PUSH), "fse.attach");
            attachButton.setText(Messages.get("fse.attach"));
            attachButton.addListener(SWT.Selection, event -> chooseAttachment());
        }
        message = Widgets.id(new Label(area, SWT.WRAP), "fse.message");
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 640;
        message.setLayoutData(messageData);
        if (summary.mode() == SecureMode.DEGRADE) {
            message.setText(Messages.get("fse.degrade"));
        }
        return area;
    }

    private static void total(Composite parent, String id, String value) {
        new Label(parent, SWT.NONE).setText(Messages.get(id));
        Label label = Widgets.id(new Label(parent, SWT.NONE), id);
        label.setText(value);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
    }

    private static void flag(Composite parent, String id, boolean value) {
        Button box = Widgets.id(new Button(parent, SWT.CHECK), id);
        box.setText(Messages.get(id));
        box.setSelection(value);
        box.setEnabled(false);
    }

    private void chooseAttachment() {
        FileDialog files = new FileDialog(getShell(), SWT.OPEN);
        files.setText(Messages.get("fse.attach"));
        files.setFilterExtensions(new String[] {"*.pdf;*.png;*.jpg;*.jpeg;*.tif;*.tiff", "*"});
        String chosen = files.open();
        if (chosen != null) {
            attachFile(Path.of(chosen));
        }
    }

    /** Attaches the scanned paper FS (the file dialog's choice; tests call it directly). */
    public void attachFile(Path file) {
        Optional<String> refusal = attach.apply(file);
        attached = refusal.isEmpty();
        message.setText(refusal.orElse(Messages.get("fse.attached", file.getFileName())));
        getButton(IDialogConstants.OK_ID).setEnabled(attached);
        getShell().layout(true, true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.cancel"), false), "fse.cancel");
        Button sign = Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("fse.sign"), true), "fse.sign");
        sign.setEnabled(summary.mode() != SecureMode.DEGRADE || attached);
    }
}
