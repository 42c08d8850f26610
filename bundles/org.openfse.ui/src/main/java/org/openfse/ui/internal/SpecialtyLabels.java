package org.openfse.ui.internal;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.openfse.ui.api.UiIds;

/**
 * Names of the specialties as their UI bundles label them: the label of the part tagged
 * {@code openfse:specialty:<id>}. A specialty without screens shows its id. No specialty name is
 * written in this bundle, so adding a specialty changes nothing here.
 */
public final class SpecialtyLabels {

    private final Map<String, String> labels = new HashMap<>();

    public SpecialtyLabels(EModelService models, MApplication application) {
        for (MPart part : models.findElements(application, null, MPart.class)) {
            for (String tag : part.getTags()) {
                if (tag.startsWith(UiIds.TAG_SPECIALTY_PREFIX)) {
                    labels.put(tag.substring(UiIds.TAG_SPECIALTY_PREFIX.length()), part.getLocalizedLabel());
                }
            }
        }
    }

    /** The label of a specialty, or its id when no installed screen names it. */
    public String label(String specialty) {
        return labels.getOrDefault(specialty, specialty);
    }
}
