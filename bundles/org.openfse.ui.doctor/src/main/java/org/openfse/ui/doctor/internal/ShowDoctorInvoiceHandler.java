package org.openfse.ui.doctor.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Facture médecin: brings the doctor's invoice entry to front. */
public final class ShowDoctorInvoiceHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(DoctorInvoicePart.PART_ID, PartState.ACTIVATE);
    }
}
