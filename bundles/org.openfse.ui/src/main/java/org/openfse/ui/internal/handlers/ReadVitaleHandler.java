package org.openfse.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.internal.parts.PatientsPart;

/** "Lire la carte Vitale" (Ctrl+L): shows the Patients section and reads the card there. */
public final class ReadVitaleHandler {

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(UiIds.PART_PATIENTS, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof PatientsPart patients) {
            patients.readCard();
        }
    }
}
