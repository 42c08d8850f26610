package org.openfse.core.tariff;

/**
 * The "Prescription" indicator of an optical invoice (seed 002, "Vérification du taux": RI / RA),
 * for glasses renewed by the optician on an existing prescription (décret n° 2016-1381): the
 * adaptation service (LPP prestation d'adaptation, B2 codes {@code S01} and {@code SV1}) is only
 * billable when the optician adapted the correction.
 */
public enum RenewalIndicator {
    /** Renouvellement initial: the prescription renewed as written. */
    RI,
    /** Renouvellement adapté: the optician adapted the correction after a refraction exam. */
    RA
}
