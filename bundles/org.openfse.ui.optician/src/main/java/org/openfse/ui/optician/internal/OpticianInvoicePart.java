package org.openfse.ui.optician.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.Widgets;

/** Facture optique: the optician's invoice entry, from the prescription to the secured FSE. */
public final class OpticianInvoicePart {

    /** Element id of this part in the application model. */
    public static final String PART_ID = "org.openfse.ui.optician.part.invoice";
    /** Prefix of the invoice editor's widget ids. */
    public static final String PREFIX = OpticianInvoiceEntry.PREFIX;

    private final IEclipseContext context;

    @Inject
    public OpticianInvoicePart(IEclipseContext context) {
        this.context = context;
    }

    @PostConstruct
    public void create(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = Widgets.section(scroll, PART_ID, OpticianMessages.get("invoice.title"), OpticianMessages.get("invoice.intro"));
        new InvoiceEditor(body, PREFIX, "optician", context, new OpticianInvoiceEntry());
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        body.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
