/**
 * Helpers for specialty rule writers, on top of the core tariff API: dated price tables read
 * from a bundle's own files, the AMO rate of a coverage, the exemption situations, French refusal
 * texts, the {@link org.openfse.tariff.spi.ParticipationRule} service through which a specialty
 * deducts the insured's participations (participation forfaitaire, flat 24 EUR) from the AMO
 * part, and the {@link org.openfse.tariff.spi.ContractCeilingRule} service through which it caps
 * what a contrat responsable pays.
 *
 * <p>Import it with {@code [1.0,1.1)} like the core packages.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.tariff.spi;
