package org.openfse.specialty.nurse.internal;

import org.openfse.tariff.spi.TariffZones;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the nurse tariff (PID {@value NurseTariffRule#PID}). Its metatype document is
 * {@code OSGI-INF/metatype/org.openfse.specialty.nurse.xml}, kept equal to this type by a test.
 */
@ObjectClassDefinition(id = NurseTariffRule.PID, name = "Tarifs des infirmiers",
        description = "Zone tarifaire du cabinet : les valeurs NGAP des départements d'outre-mer diffèrent.")
public @interface NurseTariffConfig {

    @AttributeDefinition(name = "Zone tarifaire", description = "Zone dont les valeurs NGAP s'appliquent.",
            options = {@Option(label = "France métropolitaine", value = TariffZones.METRO),
                @Option(label = "Départements d'outre-mer et Mayotte", value = TariffZones.DOM)})
    String zone() default TariffZones.METRO;
}
