package org.openfse.tariff.spi;

import java.util.Set;

/**
 * Tariff zones of the {@link TariffTable} files: some NGAP values differ overseas (AMI 3.15 EUR
 * in métropole, 3.30 EUR in the départements d'outre-mer, DOMAIN.md), so a specialty whose values
 * depend on the zone takes the practice's zone from its configuration.
 */
public final class TariffZones {

    /** France métropolitaine. */
    public static final String METRO = "metro";
    /** Départements et régions d'outre-mer, Mayotte. */
    public static final String DOM = "dom";

    private static final Set<String> ZONES = Set.of(METRO, DOM);

    private TariffZones() {
    }

    /**
     * @return the zone, when it is {@link #METRO} or {@link #DOM}
     * @throws IllegalArgumentException otherwise (a configuration error)
     */
    public static String check(String zone) {
        if (!ZONES.contains(zone)) {
            throw new IllegalArgumentException("unknown tariff zone '" + zone + "', expected " + METRO + " or " + DOM);
        }
        return zone;
    }
}
