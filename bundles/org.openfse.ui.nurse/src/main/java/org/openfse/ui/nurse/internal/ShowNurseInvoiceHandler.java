package org.openfse.ui.nurse.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Facture infirmière: brings the nurse's invoice entry to front. */
public final class ShowNurseInvoiceHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(NurseInvoicePart.PART_ID, PartState.ACTIVATE);
    }
}
