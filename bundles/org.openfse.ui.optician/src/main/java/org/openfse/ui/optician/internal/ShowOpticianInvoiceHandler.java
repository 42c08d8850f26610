package org.openfse.ui.optician.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Facture optique: brings the optician's invoice entry to front. */
public final class ShowOpticianInvoiceHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(OpticianInvoicePart.PART_ID, PartState.ACTIVATE);
    }
}
