package org.openfse.routing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the router (PID {@value CoverageRouterImpl#PID}). Its metatype document is
 * {@code OSGI-INF/metatype/org.openfse.routing.xml}, kept equal to this type by a test.
 */
@ObjectClassDefinition(id = CoverageRouterImpl.PID, name = "Aiguillage AMO/AMC",
        description = "Choix du transport des FSE et DRE qui ne passent pas par un concentrateur.")
public @interface RoutingConfig {

    @AttributeDefinition(name = "Transport direct",
            description = "Identifiant du transport utilisé sans concentrateur (messagerie SESAM-Vitale : mail).")
    String directTransport() default "mail";
}
