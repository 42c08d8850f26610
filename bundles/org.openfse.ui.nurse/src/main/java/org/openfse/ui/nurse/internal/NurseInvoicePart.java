package org.openfse.ui.nurse.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.Widgets;

/** Facture infirmière: the nurse's invoice entry, from the acts to the secured FSE. */
public final class NurseInvoicePart {

    /** Element id of this part in the application model. */
    public static final String PART_ID = "org.openfse.ui.nurse.part.invoice";

    private final IEclipseContext context;

    @Inject
    public NurseInvoicePart(IEclipseContext context) {
        this.context = context;
    }

    @PostConstruct
    public void create(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = Widgets.section(scroll, PART_ID, NurseMessages.get("invoice.title"), NurseMessages.get("invoice.intro"));
        new InvoiceEditor(body, NurseInvoiceEntry.PREFIX, "nurse", context, new NurseInvoiceEntry());
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        body.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
