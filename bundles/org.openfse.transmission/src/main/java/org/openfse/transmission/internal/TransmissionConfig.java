package org.openfse.transmission.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@value TransportRegistryImpl#PID}.
 *
 * <p>The build does not generate metatype from these annotations (tycho-ds-plugin only generates
 * component descriptions), so the same definition is written in
 * {@code OSGI-INF/metatype/org.openfse.transmission.xml}; {@code TransmissionMetatypeTest} checks
 * that both agree.
 */
@ObjectClassDefinition(id = TransportRegistryImpl.PID, name = "%transmission.name",
        description = "%transmission.description", localization = "OSGI-INF/l10n/metatype")
@interface TransmissionConfig {

    /**
     * The {@link org.openfse.core.transport.Transport#id()} used when nothing else is said; empty means
     * "the only transport, if there is exactly one".
     */
    @AttributeDefinition(name = "%defaultTransport.name", description = "%defaultTransport.description",
            required = false)
    String defaultTransport() default "";
}
