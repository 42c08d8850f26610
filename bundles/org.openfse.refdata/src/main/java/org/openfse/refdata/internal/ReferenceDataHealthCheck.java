package org.openfse.refdata.internal;

import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.osgi.service.component.annotations.Component;

/** "Données de référence": every packaged table file is present and unmodified, with its licence. */
@Component(service = HealthCheck.class)
public final class ReferenceDataHealthCheck implements HealthCheck {

    static final int ORDER = 60;

    private final Messages messages = Messages.load();

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public HealthResult run() {
        return ReferenceFilesCheck.run(ReferenceDataHealthCheck.class.getClassLoader(), messages);
    }
}
