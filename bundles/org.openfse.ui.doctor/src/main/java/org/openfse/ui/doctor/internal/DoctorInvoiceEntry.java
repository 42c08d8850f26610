package org.openfse.ui.doctor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.openfse.ui.api.ActListPanel;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.InvoiceEntry;
import org.openfse.ui.api.InvoiceLineInput;

/** The doctor's invoice: consultation codes (G, GS, APC). Widget ids {@code doctor.invoice.acts.*}. */
final class DoctorInvoiceEntry implements InvoiceEntry {

    static final String PREFIX = "doctor.invoice";

    private ActListPanel acts;

    @Override
    public void create(Composite area, InvoiceEditor editor) {
        Group group = new Group(area, SWT.NONE);
        group.setText(DoctorMessages.get("invoice.acts"));
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : List.of("G", "GS", "APC")) {
            labels.put(code, DoctorMessages.get("act." + code));
        }
        acts = new ActListPanel(group, PREFIX + ".acts", labels, false);
        acts.onChange(editor::changed);
    }

    @Override
    public List<InvoiceLineInput> lines() {
        List<InvoiceLineInput> lines = acts.lines();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(DoctorMessages.get("invoice.error.noAct"));
        }
        return lines;
    }
}
