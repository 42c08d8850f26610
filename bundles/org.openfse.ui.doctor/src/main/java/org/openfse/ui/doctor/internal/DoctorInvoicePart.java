package org.openfse.ui.doctor.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.Widgets;

/** Facture médecin: the doctor's invoice entry, from the consultation to the secured FSE. */
public final class DoctorInvoicePart {

    /** Element id of this part in the application model. */
    public static final String PART_ID = "org.openfse.ui.doctor.part.invoice";

    private final IEclipseContext context;

    @Inject
    public DoctorInvoicePart(IEclipseContext context) {
        this.context = context;
    }

    @PostConstruct
    public void create(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = Widgets.section(scroll, PART_ID, DoctorMessages.get("invoice.title"), DoctorMessages.get("invoice.intro"));
        new InvoiceEditor(body, DoctorInvoiceEntry.PREFIX, "doctor", context, new DoctorInvoiceEntry());
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        body.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
