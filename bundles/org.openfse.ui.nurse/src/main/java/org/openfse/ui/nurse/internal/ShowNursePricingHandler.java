package org.openfse.ui.nurse.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Cotation infirmière: brings the soins infirmiers part to front. */
public final class ShowNursePricingHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(NursePricingPart.PART_ID, PartState.ACTIVATE);
    }
}
