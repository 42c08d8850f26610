package org.openfse.ui.doctor.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Cotation médecin: brings the médecine part to front. */
public final class ShowDoctorPricingHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(DoctorPricingPart.PART_ID, PartState.ACTIVATE);
    }
}
