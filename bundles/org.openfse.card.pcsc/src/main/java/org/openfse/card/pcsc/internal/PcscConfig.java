package org.openfse.card.pcsc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@value PcscCardReaderService#PID}.
 *
 * <p>The build does not generate metatype from these annotations, so the same definition is written
 * in {@code OSGI-INF/metatype/org.openfse.card.pcsc.xml}; {@code PcscMetatypeTest} checks that both
 * agree.
 */
@ObjectClassDefinition(id = PcscCardReaderService.PID, name = "%pcsc.name", description = "%pcsc.description",
        localization = "OSGI-INF/l10n/metatype")
@interface PcscConfig {

    /** Longest time one card operation (a whole read, a PIN check) may take, in milliseconds. */
    @AttributeDefinition(name = "%timeoutMillis.name", description = "%timeoutMillis.description", required = false, min = "500")
    int timeoutMillis() default 10_000;

    /** Interval between two looks at the readers, in milliseconds. */
    @AttributeDefinition(name = "%pollMillis.name", description = "%pollMillis.description", required = false, min = "50",
            max = "5000")
    int pollMillis() default 250;
}
