package org.openfse.specialty.doctor.internal;

import org.openfse.tariff.spi.TariffZones;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the doctor tariff (PID {@value DoctorTariffRule#PID}). Its metatype document
 * is {@code OSGI-INF/metatype/org.openfse.specialty.doctor.xml}, kept equal to this type by a test.
 */
@ObjectClassDefinition(id = DoctorTariffRule.PID, name = "Tarifs des médecins",
        description = "Zone tarifaire du cabinet : les valeurs NGAP des départements d'outre-mer diffèrent.")
public @interface DoctorTariffConfig {

    @AttributeDefinition(name = "Zone tarifaire", description = "Zone dont les valeurs NGAP s'appliquent.",
            options = {@Option(label = "France métropolitaine", value = TariffZones.METRO),
                @Option(label = "Départements et régions d'outre-mer", value = TariffZones.DOM)})
    String zone() default TariffZones.METRO;
}
