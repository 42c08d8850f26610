package org.openfse.ui.nurse.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.tariff.ActLine;
import org.openfse.ui.api.ActListPanel;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.InvoiceEntry;
import org.openfse.ui.api.InvoiceLineInput;
import org.openfse.ui.api.Widgets;

/**
 * The nurse's invoice: NGAP acts with their coefficient (AMI 2...), the majorations (MAU, MCI,
 * night MN / MM, Sunday and holiday F) and the travel (IFD, and mileage IK / IKM / IKS with the
 * kilometres). Widget ids {@code nurse.invoice.acts.*} (see {@link ActListPanel}),
 * {@code nurse.invoice.majoration.<code>}, {@code nurse.invoice.ifd}, {@code nurse.invoice.km},
 * {@code nurse.invoice.mileage}.
 */
final class NurseInvoiceEntry implements InvoiceEntry {

    static final String PREFIX = "nurse.invoice";
    private static final List<String> MAJORATIONS = List.of("MAU", "MCI", "MN", "MM", "F");
    private static final List<String> MILEAGE = List.of("IK", "IKM", "IKS");

    private ActListPanel acts;
    private final Map<String, Button> majorations = new LinkedHashMap<>();
    private Button ifd;
    private Text km;
    private Combo mileage;

    @Override
    public void create(Composite area, InvoiceEditor editor) {
        Group actsGroup = group(area, "invoice.acts", 1);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : List.of("AMI", "AMX", "AIS", "BSA", "BSB", "BSC")) {
            labels.put(code, NurseMessages.get("act." + code));
        }
        acts = new ActListPanel(actsGroup, PREFIX + ".acts", labels, true);
        acts.onChange(editor::changed);
        Group majorationGroup = group(area, "invoice.majorations", MAJORATIONS.size());
        for (String code : MAJORATIONS) {
            Button box = Widgets.id(new Button(majorationGroup, SWT.CHECK), PREFIX + ".majoration." + code);
            box.setText(code + " – " + NurseMessages.get("act." + code));
            box.addListener(SWT.Selection, event -> editor.changed());
            majorations.put(code, box);
        }
        Group travel = group(area, "invoice.travel", 5);
        ifd = Widgets.id(new Button(travel, SWT.CHECK), PREFIX + ".ifd");
        ifd.setText("IFD – " + NurseMessages.get("act.IFD"));
        ifd.addListener(SWT.Selection, event -> editor.changed());
        new Label(travel, SWT.NONE).setText(NurseMessages.get("invoice.km"));
        km = Widgets.id(new Text(travel, SWT.BORDER), PREFIX + ".km");
        GridData kmData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        kmData.widthHint = 50;
        km.setLayoutData(kmData);
        km.addListener(SWT.Modify, event -> editor.changed());
        mileage = Widgets.id(new Combo(travel, SWT.READ_ONLY), PREFIX + ".mileage");
        for (String code : MILEAGE) {
            mileage.add(code + " – " + NurseMessages.get("act." + code));
        }
        mileage.select(0);
        mileage.addListener(SWT.Selection, event -> editor.changed());
    }

    private static Group group(Composite area, String key, int columns) {
        Group group = new Group(area, SWT.NONE);
        group.setText(NurseMessages.get(key));
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    @Override
    public List<InvoiceLineInput> lines() {
        List<InvoiceLineInput> lines = new ArrayList<>(acts.lines());
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(NurseMessages.get("invoice.error.noAct"));
        }
        for (Map.Entry<String, Button> entry : majorations.entrySet()) {
            if (entry.getValue().getSelection()) {
                lines.add(new InvoiceLineInput(ActLine.of(entry.getKey()), NurseMessages.get("act." + entry.getKey())));
            }
        }
        if (ifd.getSelection()) {
            lines.add(new InvoiceLineInput(ActLine.of("IFD"), NurseMessages.get("act.IFD")));
        }
        String typed = km.getText().strip();
        if (!typed.isEmpty()) {
            int kilometres;
            try {
                kilometres = Integer.parseInt(typed);
                if (kilometres < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NurseMessages.get("invoice.error.km"), e);
            }
            String code = MILEAGE.get(Math.max(0, mileage.getSelectionIndex()));
            lines.add(new InvoiceLineInput(new ActLine(code, Optional.empty(), kilometres, Optional.empty(), BigDecimal.ONE),
                    NurseMessages.get("act." + code)));
        }
        return lines;
    }
}
