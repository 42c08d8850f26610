package org.openfse.ui.optician.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Facturation > Cotation optique: brings the optique part to front. */
public final class ShowOpticianPricingHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(OpticianPricingPart.PART_ID, PartState.ACTIVATE);
    }
}
